import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { serialize } from 'node:v8'
import { canonicalSpan, type Span } from '../../../src-main/core/model'
import { createOffsetMap } from '../../../src-main/core/offsets'
import { applySpanEdits } from '../../../src-main/core/apply-span-edits'
import { DEFAULT_LABELS } from '../../../src-main/core/model/label'
import { fromSpanColumns, toSpanColumns } from '../../../src-main/core/span-columns'
import { importText } from '../../../src-main/core/text'
import { tokenize } from '../../../src-main/core/tokens'
import { importableText } from './arbitraries'

const NOW = '2026-11-23T08:00:00.000Z'

/** Spans over the tokens of `text` (stored form: NFC, LF), with every field varied. */
function spansOver(text: string, pick: (i: number) => number): Span[] {
  const map = createOffsetMap(text)
  return tokenize(text).map(([start, end], i) =>
    canonicalSpan({
      id: `s${i}_${pick(i)}`,
      start,
      end: i % 4 === 0 ? start : end,
      label: ['commitment', 'agreement', 'figure'][pick(i) % 3] as string,
      text: map.slice(start, i % 4 === 0 ? start : end),
      attributes: i % 3 === 0 ? { parties: ['Hà Nội', `bên ${i}`], value: i } : {},
      note: i % 5 === 0 ? `ghi chú ${i}\nhai dòng` : '',
      annotator: i % 2 ? 'lan' : 'minh',
      origin: (['manual', 'suggested', 'imported', 'merged'] as const)[pick(i) % 4] as Span['origin'],
      created_at: NOW,
      updated_at: i % 2 ? NOW : `2026-11-24T0${i % 10}:00:00.000Z`,
    }),
  )
}

const stored = (raw: string): string => importText(new TextEncoder().encode(raw), 'x.txt').text

describe('span columns', () => {
  it.each([
    ['emoji with a skin tone and ZWJ', '👩🏽‍💻 Hà Nội cam kết 👍🏽 3 triệu yên'],
    ['astral CJK', '𠀀𠀋 hợp tác 𡃁 năm 2050'],
    ['NFD Vietnamese and CRLF, normalized as an import does', 'Vie\u0323\u0302t Nam\r\nNha\u0323\u0302t Ba\u0309n\r\nký kết 05 văn kiện'],
  ])('turn spans into columns and back unchanged: %s', (_what, raw) => {
    const text = stored(raw)
    const spans = spansOver(text, (i) => i * 7)
    expect(spans.length).toBeGreaterThan(3)
    const back = fromSpanColumns(toSpanColumns(spans), createOffsetMap(text))
    expect(back).toEqual(spans)
    // Same key order as the stored spans (docs/format.md), so anything that writes them stays byte-identical.
    expect(back.map((s) => JSON.stringify(s))).toEqual(spans.map((s) => JSON.stringify(s)))
  })

  it('cut each span text from the text by code points', () => {
    const text = stored('👩🏽‍💻 𠀀 Việt')
    const spans = spansOver(text, (i) => i)
    const back = fromSpanColumns(toSpanColumns(spans), createOffsetMap(text))
    // As Python slices: text[start:end] over code points.
    expect(back.map((s) => s.text)).toEqual(spans.map((s) => [...text].slice(s.start, s.end).join('')))
    expect(back.map((s) => s.text)).toContain('𠀀')
  })

  it('round-trip any importable text', () => {
    fc.assert(
      fc.property(importableText, fc.nat(), (raw, seed) => {
        const text = stored(raw)
        const spans = spansOver(text, (i) => (i * 31 + seed) % 97)
        expect(fromSpanColumns(toSpanColumns(spans), createOffsetMap(text))).toEqual(spans)
      }),
      { numRuns: 200 },
    )
  })

  it('survive a structured clone (what Electron IPC does) as typed arrays', () => {
    const text = stored('Hà Nội cam kết 3 triệu yên')
    const spans = spansOver(text, (i) => i)
    const cloned = structuredClone(toSpanColumns(spans))
    expect(cloned.start).toBeInstanceOf(Int32Array)
    expect(fromSpanColumns(cloned, createOffsetMap(text))).toEqual(spans)
  })

  it('are far smaller than the span objects', () => {
    const text = stored('Hà Nội cam kết 3 triệu yên. '.repeat(400))
    const spans = spansOver(text, () => 0).map((s) => ({ ...s, attributes: {}, note: '', created_at: NOW, updated_at: NOW }))
    expect(serialize(toSpanColumns(spans)).length).toBeLessThan(serialize(spans).length / 5)
  })

  it('refuse columns of the wrong shape or length, naming what is wrong', () => {
    const text = stored('Hà Nội cam kết 3 triệu yên')
    const map = createOffsetMap(text)
    const good = toSpanColumns(spansOver(text, (i) => i))
    expect(() => fromSpanColumns({ ...good, start: Array.from(good.start) }, map)).toThrow(/start/)
    expect(() => fromSpanColumns({ ...good, end: good.end.slice(1) }, map)).toThrow(/column end has \d+ values for \d+ spans/)
    expect(() => fromSpanColumns({ ...good, ids: good.ids + ' extra' }, map)).toThrow(/ids for/)
    expect(() => fromSpanColumns({ ...good, labels: [] }, map)).toThrow(/span 0 has label 0, which the table lacks/)
    const far = good.end.slice()
    far[1] = map.length + 1
    expect(() => fromSpanColumns({ ...good, end: far }, map)).toThrow(/span 1 has offsets .* outside the text/)
    expect(() => fromSpanColumns({ ...good, notes: [[good.count, 'x']] }, map)).toThrow(/notes names span/)
  })

  it('give every span without attributes one shared frozen object, which an edit replaces rather than changes', () => {
    const text = stored('Vie\u0323\u0302t Nam 👩🏽‍💻 𠀀 cam kết 3 triệu yên\r\nhai bên')
    const map = createOffsetMap(text)
    const back = fromSpanColumns(toSpanColumns(spansOver(text, (i) => i)), map)
    const bare = back.filter((s) => Object.keys(s.attributes).length === 0)
    expect(bare.length).toBeGreaterThan(2)
    // One object for them all, not one each (10,000 spans: ~270 kB of the window's heap).
    expect(new Set(bare.map((s) => s.attributes)).size).toBe(1)
    expect(Object.isFrozen(bare[0]?.attributes)).toBe(true)
    const [first, second] = bare as [Span, Span]
    const ctx = { now: NOW, annotator: 'minh', labels: DEFAULT_LABELS, docId: '0123456789abcdef' }
    const edited = applySpanEdits(map, back, [{ op: 'update', id: first.id, attributes: { parties: ['Hà Nội'] } }], ctx)
    expect(edited.spans.find((s) => s.id === first.id)?.attributes).toEqual({ parties: ['Hà Nội'] })
    expect(edited.spans.find((s) => s.id === second.id)?.attributes).toEqual({})
  })

  it('cut a span text from the text when it is read, and hand it on as a value (spread, JSON, structured clone)', () => {
    const text = stored('👩🏽‍💻 Vie\u0323\u0302t Nam\r\n𠀀𠀋 cam kết 3 triệu yên')
    const spans = spansOver(text, (i) => i)
    const back = fromSpanColumns(toSpanColumns(spans), createOffsetMap(text))
    for (const [i, span] of back.entries()) {
      // No string of its own per span (10,000 of them held ~230 kB of the window's heap).
      expect(Object.getOwnPropertyDescriptor(span, 'text')?.get).toBeTypeOf('function')
      const want = (spans[i] as Span).text
      expect(span.text).toBe(want)
      expect({ ...span }.text).toBe(want)
      expect(structuredClone(span).text).toBe(want)
      expect((JSON.parse(JSON.stringify(span)) as Span).text).toBe(want)
    }
    expect(back.map((s) => s.text)).toEqual(expect.arrayContaining(['𠀀', 'Việt']))
  })

  it('carry no spans as empty columns', () => {
    expect(fromSpanColumns(toSpanColumns([]), createOffsetMap('abc'))).toEqual([])
  })
})
