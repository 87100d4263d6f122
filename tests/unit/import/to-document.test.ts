import { describe, expect, it } from 'vitest'
import { buildDocument, formatProblem, type BuildContext, type ImportedDoc } from '../../../src-main/core/import'
import { pySlice } from '../core/arbitraries'

const NOW = '2026-11-23T08:00:00.000Z'
let n = 0
const ctx: BuildContext = { now: NOW, annotator: 'lan', labels: ['commitment', 'agreement', 'figure'], newId: () => `new${++n}` }
const doc = (text: string, spans: ImportedDoc['spans']): ImportedDoc => ({ file: 'in.jsonl', line: 3, source: 'in.jsonl:3', text, spans })

describe('buildDocument', () => {
  it('normalizes NFD and CRLF text and moves its spans along, saying how many moved', () => {
    const text = 'cam ke\u0302\u0301t\r\nho\u0302\u0303 tro\u031b\u0323 3 triệu'
    // "hỗ trợ 3 triệu" is code points 11..29 of the original, after CRLF.
    const result = buildDocument(doc(text, [{ start: 11, end: 29, label: 'commitment' }, { start: 0, end: 3, label: 'figure' }]), ctx)
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
    const { doc: built, normalized, remapped } = result.built
    expect(built.text).toBe('cam kết\nhỗ trợ 3 triệu')
    expect(normalized).toEqual(['nfc', 'lf'])
    expect(remapped).toBe(1)
    expect(built.spans.map((s) => [s.start, s.end, s.text])).toEqual([
      [0, 3, 'cam'],
      [8, 22, 'hỗ trợ 3 triệu'],
    ])
    for (const s of built.spans) expect(pySlice(built.text, s.start, s.end)).toBe(s.text)
    expect(built.spans.every((s) => s.origin === 'imported' && s.annotator === 'lan' && s.created_at === NOW)).toBe(true)
  })

  it('names the file, line and span of every fault, and builds nothing', () => {
    const result = buildDocument(
      doc('Hà Nội 👍🏽 cam kết', [
        { start: 0, end: 2, label: 'figure', text: 'Hà' },
        { start: 0, end: 2, label: 'figure', text: 'Ha' },
        { start: 3, end: 6, label: 'party' },
        { start: 5, end: 40, label: 'figure' },
        { start: 7, end: 8, label: 'figure' },
      ]),
      ctx,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map(formatProblem)).toEqual([
      'in.jsonl:3: span 2 (0..2 figure): text "Ha" does not match text[start:end] "Hà"',
      'in.jsonl:3: span 3 (3..6 party): unknown label "party" (known: commitment, agreement, figure)',
      'in.jsonl:3: span 4 (5..40 figure): offsets fall outside the text (0..17) or the span is empty',
    ])
    const cut = buildDocument(doc('Hà Nội 👍🏽 cam kết', [{ start: 7, end: 8, label: 'figure' }]), ctx)
    expect(cut.ok ? [] : cut.problems.map((p) => p.message)).toEqual(['span 1 (7..8 figure): the span 7..8 cuts through a character (grapheme cluster)'])
  })

  it('trims whitespace from span ends and keeps a repeated span once, as notices', () => {
    const result = buildDocument(
      doc('Hà Nội cam kết', [
        { start: 2, end: 7, label: 'figure' },
        { start: 3, end: 6, label: 'figure' },
      ]),
      ctx,
    )
    if (!result.ok) throw new Error('expected a document')
    expect(result.built.doc.spans.map((s) => s.text)).toEqual(['Nội'])
    expect(result.built.notices.map((p) => p.message)).toEqual([
      'span 1 (2..7 figure): whitespace at its ends left out (now 3..6)',
      'span 2 (3..6 figure): the same span appears earlier; kept once',
    ])
  })

  it('keeps span ids, notes and attributes that come with the file, and replaces ids that clash', () => {
    const spans = [
      { start: 0, end: 2, label: 'figure', id: 'keep_me', note: 'n', attributes: { unit: 'yên' } },
      { start: 3, end: 6, label: 'figure', id: 'keep_me' },
    ]
    const result = buildDocument(doc('Hà Nội', spans), ctx)
    if (!result.ok) throw new Error('expected a document')
    const [a, b] = result.built.doc.spans
    expect([a?.id, a?.note, a?.attributes]).toEqual(['keep_me', 'n', { unit: 'yên' }])
    expect(b?.id).toMatch(/^new\d+$/)
  })

  it('refuses text that is not valid Unicode', () => {
    const result = buildDocument(doc('a\uD800b', []), ctx)
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(['in.jsonl:3: the text holds a lone surrogate (not valid Unicode)'])
  })
})
