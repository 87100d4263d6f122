import { describe, expect, it } from 'vitest'
import type { OpenedDocument } from '../../../src-main/api'
import { canonicalSpan } from '../../../src-main/core/model'
import { toSpanColumns } from '../../../src-main/core/span-columns'
import { offsetMapOf } from '../../../src-renderer/editor/offset-maps'
import { openedFromColumns } from '../../../src-renderer/editor/opened-columns'

const NOW = '2026-11-23T08:00:00.000Z'

describe('an opened document as the window receives it', () => {
  it('is made whole again: the same document, span texts cut from its text by code points', () => {
    const text = '𠀀 Hà Nội 👩🏽‍💻 cam kết'
    const span = (id: string, start: number, end: number, label: string) =>
      canonicalSpan({ id, start, end, label, text: [...text].slice(start, end).join(''), attributes: {}, note: '', annotator: 'lan', origin: 'manual', created_at: NOW, updated_at: NOW })
    const doc: OpenedDocument = {
      id: '0123456789abcdef',
      title: 't',
      source: 'a.txt',
      status: 'todo',
      spanCount: 2,
      text,
      spans: [span('a', 2, 8, 'commitment'), span('b', 9, 16, 'agreement')],
      revision: 'f'.repeat(64),
    }
    expect(openedFromColumns(structuredClone({ ...doc, spans: toSpanColumns(doc.spans) }))).toEqual(doc)
  })

  it('shares one offset map per text between its arrival and the open document', () => {
    const text = 'Việt Nam 𠀀'.repeat(10)
    expect(offsetMapOf(text)).toBe(offsetMapOf(text))
    expect(offsetMapOf(text.slice(1))).not.toBe(offsetMapOf(text))
  })
})
