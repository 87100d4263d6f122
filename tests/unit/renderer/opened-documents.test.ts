/**
 * The documents a window keeps between opens: a saved edit moves a kept document
 * on only when it was applied to the revision kept, and the spans it then holds
 * are the service's, in FORMAT.md's order.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { OpenedDocument, SpanEditsResult } from '../../../src-main/api'
import type { Span } from '../../../src-main/core/model/span'
import { compareSpans } from '../../../src-main/core/model/span-order'
import { OpenedDocuments, withSaved } from '../../../src-renderer/editor/opened-documents'

const span = (id: string, start: number, end: number, label = 'figure'): Span => ({
  id,
  start,
  end,
  label,
  text: 'x'.repeat(end - start),
  attributes: {},
  note: '',
  annotator: 'lan',
  origin: 'manual',
  created_at: '2026-11-26T08:00:00.000Z',
  updated_at: '2026-11-26T08:00:00.000Z',
})

const doc = (id: string, revision: string, spans: Span[], text = 'văn bản'): OpenedDocument => ({
  id,
  title: id,
  source: `${id}.txt`,
  status: 'todo',
  spanCount: spans.length,
  text,
  spans,
  revision,
})

const saved = (before: string, after: string, changed: Span[], removed: string[] = []): SpanEditsResult => ({
  changed,
  removed,
  summary: { id: 'a', title: 'a', source: 'a.txt', status: 'in_progress', spanCount: 0 },
  revision: { before, after },
})

describe('OpenedDocuments', () => {
  it('follows saved edits applied to the kept revision, with the spans the service stored', () => {
    const kept = new OpenedDocuments()
    kept.keep(doc('a', 'r0', [span('s1', 0, 3)]))
    kept.confirm('a', saved('r0', 'r1', [span('s2', 1, 2, 'agreement')]))
    kept.confirm('a', saved('r1', 'r2', [span('s1', 0, 4)], []))
    expect(kept.get('a')).toMatchObject({ revision: 'r2', status: 'in_progress', spans: [span('s1', 0, 4), span('s2', 1, 2, 'agreement')] })
  })

  it('lets a document go when an edit was applied to another revision (someone else wrote in between)', () => {
    const kept = new OpenedDocuments()
    kept.keep(doc('a', 'r0', []))
    kept.confirm('a', saved('r5', 'r6', [span('s1', 0, 3)]))
    expect(kept.get('a')).toBeNull()
  })

  it('forgets the documents opened longest ago once their text passes the limit, never the newest', () => {
    const kept = new OpenedDocuments(10)
    kept.keep(doc('a', 'r', [], 'aaaa'))
    kept.keep(doc('b', 'r', [], 'bbbb'))
    kept.keep(doc('a', 'r', [], 'aaaa')) // opened again: now the newest
    kept.keep(doc('c', 'r', [], 'cccc'))
    expect(['a', 'b', 'c'].map((id) => kept.get(id) !== null)).toEqual([true, false, true])
    kept.keep(doc('big', 'r', [], 'x'.repeat(50)))
    expect(['a', 'c', 'big'].map((id) => kept.get(id) !== null)).toEqual([false, false, true])
  })

  it('puts saved spans where sorting everything would', () => {
    const arbSpan = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), start: fc.nat(20), len: fc.integer({ min: 1, max: 5 }), label: fc.constantFrom('figure', 'agreement') })
    fc.assert(
      fc.property(fc.uniqueArray(arbSpan, { selector: (s) => s.id }), fc.uniqueArray(arbSpan, { selector: (s) => s.id }), fc.array(fc.constantFrom<string>('a', 'b', 'c')), (before, changed, removed) => {
        const spans = before.map((s) => span(s.id, s.start, s.start + s.len, s.label)).sort(compareSpans)
        const put = changed.filter((s) => !removed.includes(s.id)).map((s) => span(s.id, s.start, s.start + s.len, s.label))
        const gone = new Set([...removed, ...put.map((s) => s.id)])
        const expected = [...spans.filter((s) => !gone.has(s.id)), ...put].sort(compareSpans)
        expect(withSaved(spans, put, removed)).toEqual(expected)
      }),
    )
  })
})
