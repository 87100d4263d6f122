import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addSpan, newDocument, relabelSpan, removeSpan, type EditContext } from '../../../src-main/core/document-edits'
import { SpanwrightError } from '../../../src-main/core/errors'
import { DocumentFile } from '../../../src-main/core/model/document'
import { DEFAULT_LABELS } from '../../../src-main/core/model/label'
import { compareSpans, Span } from '../../../src-main/core/model/span'
import { importText, documentId } from '../../../src-main/core/text'
import { sha256Hex } from '../../../src-main/core/hash'
import { codePoints, pySlice, realisticText } from './arbitraries'

const T0 = '2026-11-23T08:00:00.000Z'
const T1 = '2026-11-23T09:30:00.000Z'
const ctx: EditContext = { now: T0, annotator: 'lan', labels: DEFAULT_LABELS }
const later: EditContext = { ...ctx, now: T1, annotator: 'minh' }
const SENTENCE = 'Nhật Bản cam kết hỗ trợ 1.500 tỷ đồng, năm 2050.'

const docOf = (text: string) => newDocument(importText(new TextEncoder().encode(text), 'bai.txt'), 'bai.txt', T0)

/** Runs `fn` and returns the SpanwrightError it throws (failing the test otherwise). */
function spanwrightError(fn: () => unknown): SpanwrightError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(SpanwrightError)
    return e as SpanwrightError
  }
  throw new Error('expected a SpanwrightError, nothing was thrown')
}

describe('newDocument', () => {
  it('builds a valid document file whose id and hash come from the stored (normalized) text', () => {
    const imported = importText(new TextEncoder().encode('\uFEFF  Vie\u0323\u0302t Nam\r\nthân bài'), 'a.txt')
    const doc = newDocument(imported, 'a.txt', T0)
    expect(DocumentFile.parse(doc)).toEqual(doc)
    expect(doc.text).toBe('  Việt Nam\nthân bài')
    expect(doc.id).toBe(documentId(doc.text))
    expect(doc.text_sha256).toBe(sha256Hex(doc.text))
    expect(doc.title).toBe('Việt Nam')
    expect(doc.source).toBe('a.txt')
    expect(doc.import).toEqual({ normalized: ['nfc', 'lf', 'bom'], original_sha256: imported.originalSha256, imported_at: T0 })
    expect(doc.spans).toEqual([])
  })

  it('falls back to the source name as title for a blank text', () => {
    expect(docOf(' \n ').title).toBe('bai.txt')
  })
})

describe('addSpan', () => {
  it('adds a manual span widened to whole tokens, with the covered text and the context metadata', () => {
    const doc = docOf(SENTENCE)
    const { doc: next, span } = addSpan(doc, { start: 10, end: 18, label: 'commitment', snap: 'token' }, 'sp1', ctx)
    expect(span).toEqual({
      id: 'sp1',
      start: 9,
      end: 19,
      label: 'commitment',
      text: 'cam kết hỗ',
      attributes: {},
      note: '',
      annotator: 'lan',
      origin: 'manual',
      created_at: T0,
      updated_at: T0,
    })
    expect(Span.parse(span)).toEqual(span)
    expect(next.spans).toEqual([span])
    expect(DocumentFile.parse(next)).toEqual(next)
  })

  it('keeps the exact characters in exact mode', () => {
    const { span } = addSpan(docOf(SENTENCE), { start: 24, end: 27, label: 'figure', snap: 'exact' }, 'sp1', ctx)
    expect([span.start, span.end, span.text]).toEqual([24, 27, '1.5'])
  })

  it('stores code point offsets and the code point slice after emoji and astral characters', () => {
    const text = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467} \u{2000B} hỗ trợ 3 triệu yên'
    // 👩‍👩‍👧 = 0..5, 𠀋 = 6, hỗ = 8..10, trợ = 11..14, 3 = 15, triệu = 17..22
    const { span } = addSpan(docOf(text), { start: 10, end: 21, label: 'figure', snap: 'token' }, 'sp1', ctx)
    expect([span.start, span.end]).toEqual([11, 22])
    expect(span.text).toBe('trợ 3 triệu')
    expect(span.text).toBe(pySlice(text, 11, 22))
  })

  it('does not change the input document', () => {
    const doc = docOf(SENTENCE)
    const first = addSpan(doc, { start: 24, end: 29, label: 'figure', snap: 'token' }, 'a', ctx).doc
    const before = structuredClone(first)
    const second = addSpan(first, { start: 9, end: 16, label: 'commitment', snap: 'token' }, 'b', ctx).doc
    expect(first).toEqual(before)
    expect(first.spans).toHaveLength(1)
    expect(second.spans).toHaveLength(2)
    expect(doc.spans).toEqual([])
  })

  it('keeps spans sorted by start, end, label, id whatever order they are added in', () => {
    let doc = docOf(SENTENCE)
    const adds: [number, number, string, string][] = [
      [43, 47, 'figure', 'z'],
      [24, 32, 'figure', 'y'],
      [24, 29, 'figure', 'x'],
      [24, 29, 'commitment', 'w'],
      [0, 8, 'agreement', 'v'],
    ]
    for (const [start, end, label, id] of adds) doc = addSpan(doc, { start, end, label, snap: 'token' }, id, ctx).doc
    expect(doc.spans.map((s) => [s.start, s.end, s.label, s.id])).toEqual([
      [0, 8, 'agreement', 'v'],
      [24, 29, 'commitment', 'w'],
      [24, 29, 'figure', 'x'],
      [24, 32, 'figure', 'y'],
      [43, 47, 'figure', 'z'],
    ])
  })

  it('returns the existing span and the same document when the same extent and label is added again', () => {
    const { doc } = addSpan(docOf(SENTENCE), { start: 9, end: 16, label: 'commitment', snap: 'token' }, 'first', ctx)
    // A different rough selection that snaps to the same tokens counts as the same span.
    const again = addSpan(doc, { start: 10, end: 15, label: 'commitment', snap: 'token' }, 'second', later)
    expect(again.doc).toBe(doc)
    expect(again.span).toBe(doc.spans[0])
    expect(again.span.id).toBe('first')
    expect(again.span.created_at).toBe(T0)
  })

  it('adds a second span on the same extent when the label differs', () => {
    const { doc } = addSpan(docOf(SENTENCE), { start: 9, end: 16, label: 'commitment', snap: 'token' }, 'a', ctx)
    const next = addSpan(doc, { start: 9, end: 16, label: 'agreement', snap: 'token' }, 'b', ctx).doc
    expect(next.spans.map((s) => s.label)).toEqual(['agreement', 'commitment'])
  })

  it('refuses an unknown label, naming it and the labels that exist', () => {
    const err = spanwrightError(() => addSpan(docOf(SENTENCE), { start: 0, end: 4, label: 'person', snap: 'token' }, 'a', ctx))
    expect(err.code).toBe('invalid_argument')
    expect(err.message).toBe('unknown label "person"; the workspace has commitment, agreement, figure')
  })

  it.each([
    [-1, 4, /offsets -1\.\.4 fall outside the text \(0\.\.48\)/],
    [0, 49, /offsets 0\.\.49 fall outside the text \(0\.\.48\)/],
    [10, 5, /offsets 10\.\.5 fall outside the text/],
    [1.5, 4, /whole numbers/],
    [0, Number.NaN, /whole numbers/],
    [Number.NaN, Number.NaN, /whole numbers/],
  ])('refuses offsets %s..%s with a SpanwrightError', (start, end, message) => {
    const err = spanwrightError(() => addSpan(docOf(SENTENCE), { start, end, label: 'figure', snap: 'token' }, 'a', ctx))
    expect(err.code).toBe('invalid_argument')
    expect(err.message).toMatch(message)
  })

  it('refuses a whitespace-only selection', () => {
    const err = spanwrightError(() => addSpan(docOf('a \n b'), { start: 1, end: 4, label: 'figure', snap: 'exact' }, 'a', ctx))
    expect(err.code).toBe('invalid_argument')
    expect(err.message).toBe('the selection holds only whitespace')
  })

  it('refuses a selection inside a space-plus-combining-mark cluster instead of storing a span that starts with whitespace', () => {
    const err = spanwrightError(() => addSpan(docOf('x \u0301y'), { start: 2, end: 4, label: 'figure', snap: 'exact' }, 'a', ctx))
    expect(err.message).toMatch(/starts or ends with whitespace/)
  })

  it('after any sequence of adds: spans are sorted, unique by extent and label, and each text is its code point slice', () => {
    const scenario = realisticText
      .map((t) => t.normalize('NFC')) // the stored text, so offsets below are in range
      .filter((t) => t.trim() !== '')
      .chain((text) => {
        const n = codePoints(text).length
        const add = fc.record({
          start: fc.nat(n),
          end: fc.nat(n),
          label: fc.constantFrom('commitment', 'agreement', 'figure'),
          snap: fc.constantFrom<'token' | 'exact'>('token', 'exact'),
        })
        return fc.tuple(fc.constant(text), fc.array(add, { maxLength: 12 }))
      })
    fc.assert(
      fc.property(scenario, ([text, adds]) => {
        let doc = docOf(text)
        const stored = doc.text
        adds.forEach((a, i) => {
          const input = { ...a, start: Math.min(a.start, a.end), end: Math.max(a.start, a.end) }
          const before = structuredClone(doc)
          try {
            const r = addSpan(doc, input, `s${i}`, ctx)
            expect(doc).toEqual(before)
            doc = r.doc
          } catch (e) {
            expect(e).toBeInstanceOf(SpanwrightError)
            expect((e as Error).message).toBe('the selection holds only whitespace')
          }
        })
        const keys = doc.spans.map((s) => `${s.start}:${s.end}:${s.label}`)
        expect(new Set(keys).size).toBe(keys.length)
        expect([...doc.spans].sort(compareSpans)).toEqual(doc.spans)
        for (const s of doc.spans) expect(s.text).toBe(pySlice(stored, s.start, s.end))
        expect(DocumentFile.safeParse(doc).success).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})

describe('relabelSpan', () => {
  const base = () => {
    let doc = docOf(SENTENCE)
    doc = addSpan(doc, { start: 24, end: 29, label: 'figure', snap: 'token' }, 'f', ctx).doc
    doc = addSpan(doc, { start: 24, end: 29, label: 'commitment', snap: 'token' }, 'c', ctx).doc
    return doc
  }

  it('changes the label and updated_at, keeps everything else, and re-sorts', () => {
    const doc = base()
    expect(doc.spans.map((s) => s.id)).toEqual(['c', 'f'])
    const before = structuredClone(doc)
    const { doc: next, span } = relabelSpan(doc, 'f', 'agreement', later)
    expect(span).toEqual({ ...before.spans[1], label: 'agreement', updated_at: T1 })
    expect(span.created_at).toBe(T0)
    expect(span.annotator).toBe('lan')
    expect(next.spans.map((s) => [s.id, s.label])).toEqual([
      ['f', 'agreement'],
      ['c', 'commitment'],
    ])
    expect(doc).toEqual(before)
  })

  it('returns the same document when the label is unchanged', () => {
    const doc = base()
    const r = relabelSpan(doc, 'f', 'figure', later)
    expect(r.doc).toBe(doc)
    expect(r.span.updated_at).toBe(T0)
  })

  it('refuses an unknown span id with a not_found error naming the document and span', () => {
    const doc = base()
    const err = spanwrightError(() => relabelSpan(doc, 'nope', 'figure', later))
    expect(err.code).toBe('not_found')
    expect(err.message).toBe(`document ${doc.id} has no span nope`)
  })

  it('refuses an unknown label', () => {
    const err = spanwrightError(() => relabelSpan(base(), 'f', 'Figure', later))
    expect(err.code).toBe('invalid_argument')
    expect(err.message).toMatch(/unknown label "Figure"/)
  })
})

describe('removeSpan', () => {
  it('removes exactly the span with that id and leaves the input unchanged', () => {
    let doc = docOf(SENTENCE)
    doc = addSpan(doc, { start: 0, end: 8, label: 'agreement', snap: 'token' }, 'a', ctx).doc
    doc = addSpan(doc, { start: 24, end: 29, label: 'figure', snap: 'token' }, 'b', ctx).doc
    const before = structuredClone(doc)
    const next = removeSpan(doc, 'a')
    expect(next.spans.map((s) => s.id)).toEqual(['b'])
    expect(doc).toEqual(before)
    expect({ ...next, spans: before.spans }).toEqual(before)
  })

  it('refuses an unknown span id with a not_found error', () => {
    const doc = docOf(SENTENCE)
    const err = spanwrightError(() => removeSpan(doc, 'ghost'))
    expect(err.code).toBe('not_found')
    expect(err.message).toBe(`document ${doc.id} has no span ghost`)
  })
})
