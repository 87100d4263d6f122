/**
 * The peer benchmark's document for recogito: the same spans, with offsets counted as
 * recogito counts them (UTF-16 units over the page's text nodes, one per line, newlines
 * not included), on text with astral characters, emoji and several lines.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readPeerDocument, toPeerDocument } from '../../../bench/peers/peer-document'
import { createOffsetMap } from '../../../src-main/core/offsets'

const TEXT = 'Tiêu đề 𠀀 mở đầu\n\nHai bên 👩🏽‍💻 ký 05 văn kiện\nNgày 27/2 tại 𠀀𠀁 Hà Nội\n\nCuối'

/** A span over the first occurrence of `needle` (code points), as the store holds it. */
function spanOf(id: string, needle: string, label = 'figure'): { id: string; start: number; end: number; label: string } {
  const map = createOffsetMap(TEXT)
  const utf16 = TEXT.indexOf(needle)
  return { id, start: map.toCodePoint(utf16), end: map.toCodePoint(utf16 + needle.length), label }
}

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('the recogito side of the peer benchmark', () => {
  it('places every span on the same characters of the page text, whatever the astral characters and lines before it', () => {
    const spans = [spanOf('a', 'mở đầu'), spanOf('b', '👩🏽‍💻 ký', 'agreement'), spanOf('c', 'Hà Nội'), spanOf('d', 'Cuối'), spanOf('e', 'kiện\nNgày')]
    const doc = toPeerDocument(TEXT, spans)
    expect(doc.lines).toEqual(TEXT.split('\n'))
    const pageText = doc.lines.join('')
    const map = createOffsetMap(TEXT)
    for (const [i, a] of doc.annotations.entries()) {
      const span = spans[i]
      if (!span) throw new Error('one annotation per span')
      const [quote, position] = a.target.selector
      const expected = map.slice(span.start, span.end).replaceAll('\n', '')
      expect(quote.exact).toBe(expected)
      expect(pageText.slice(position.start, position.end)).toBe(expected)
      expect(a.id).toBe(span.id)
      expect(a.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: span.label }])
    }
  })

  it('waits on the first words no other span overlaps, not on a nested pair or a lone dash', () => {
    const spans = [spanOf('outer', 'Tiêu đề 𠀀 mở'), spanOf('inner', 'đề'), spanOf('dash', 'Hai'), spanOf('x', '05'), spanOf('y', 'văn kiện'), spanOf('z', 'Hà Nội'), spanOf('w', 'Cuối')]
    spans[2] = { ...(spans[2] as (typeof spans)[number]), end: (spans[2] as (typeof spans)[number]).start + 1 }
    expect(toPeerDocument(TEXT, spans).firstTexts).toEqual(['văn kiện', 'Hà Nội', 'Cuối'])
  })

  it('refuses a file that is not a Spanwright document, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spanwright-peer-doc-'))
    dirs.push(dir)
    mkdirSync(join(dir, 'documents'))
    const file = join(dir, 'documents', '0123456789abcdef.json')
    writeFileSync(file, '{"schema": 1, "id": "0123456789abcdef"')
    expect(() => readPeerDocument(dir, '0123456789abcdef')).toThrow(file)
    writeFileSync(file, '{"schema": 1, "id": "0123456789abcdef"}')
    expect(() => readPeerDocument(dir, '0123456789abcdef')).toThrow(`${file}: not a Spanwright document file`)
  })
})
