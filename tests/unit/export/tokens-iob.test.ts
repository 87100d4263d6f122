import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { iobColumns } from '../../../src-main/core/export/iob'
import { tokenRun, tokensForSpans } from '../../../src-main/core/export/export-tokens'
import { spacyTokens } from '../../../src-main/core/export/spacy-tokens'
import type { Span } from '../../../src-main/core/model'
import { createOffsetMap } from '../../../src-main/core/offsets'
import { tokenize } from '../../../src-main/core/tokens'
import { realisticText } from '../core/arbitraries'

const span = (id: string, start: number, end: number, label: string): Span => ({
  id,
  start,
  end,
  label,
  text: '',
  attributes: {},
  note: '',
  annotator: 'lan',
  origin: 'manual',
  created_at: '2026-11-23T08:00:00.000Z',
  updated_at: '2026-11-23T08:00:00.000Z',
})

describe('tokens for token-based formats', () => {
  it('cuts a stored token where a span starts or ends inside it, and nowhere else', () => {
    // "năm 2050": năm 0..3, 2050 4..8; a span on "05" (5..7)
    expect(tokensForSpans([[0, 3], [4, 8]], [{ start: 5, end: 7 }])).toEqual([[0, 3], [4, 5], [5, 7], [7, 8]])
    expect(tokensForSpans([[0, 3], [4, 8]], [{ start: 0, end: 8 }])).toEqual([[0, 3], [4, 8]])
  })

  it('finds the run of tokens that is exactly a span, or none', () => {
    const tokens: Array<[number, number]> = [[0, 3], [4, 5], [5, 7], [7, 8]]
    expect(tokenRun(tokens, 4, 8)).toEqual([1, 3])
    expect(tokenRun(tokens, 5, 7)).toEqual([2, 2])
    expect(tokenRun(tokens, 1, 3)).toBeNull()
    expect(tokenRun(tokens, 0, 6)).toBeNull()
  })

  it("spaCy-style tokens rebuild every text exactly from words and single trailing spaces", () => {
    fc.assert(
      fc.property(realisticText, (text) => {
        const map = createOffsetMap(text)
        const tokens = spacyTokens(map, tokenize(text, map))
        const rebuilt = tokens.map((t) => map.slice(t.start, t.end) + (t.ws ? ' ' : '')).join('')
        expect(rebuilt).toBe(text)
        // Only whitespace runs that are not one trailing space become tokens of their own.
        for (const t of tokens) expect(t.end).toBeGreaterThan(t.start)
      }),
      { numRuns: 300 },
    )
  })
})

describe('IOB2 columns', () => {
  // Nhật 0..4, Bản 5..8, hỗ 9..11, trợ 12..15, 3 16..17, triệu 18..23, yên 24..27
  const tokens: Array<[number, number]> = [[0, 4], [5, 8], [9, 11], [12, 15], [16, 17], [18, 23], [24, 27]]
  const labels = ['commitment', 'agreement', 'figure']

  it('keeps nested spans of different labels, each in its own column', () => {
    const { columns, dropped } = iobColumns('d', tokens, [span('a', 0, 27, 'commitment'), span('b', 16, 27, 'figure')], labels)
    expect(dropped).toEqual([])
    expect(columns).toEqual([
      ['B-commitment', 'I-commitment', 'I-commitment', 'I-commitment', 'I-commitment', 'I-commitment', 'I-commitment'],
      ['O', 'O', 'O', 'O', 'O', 'O', 'O'],
      ['O', 'O', 'O', 'O', 'B-figure', 'I-figure', 'I-figure'],
    ])
  })

  it('keeps the earlier (at one start, the longer) of two overlapping spans of one label and reports the other', () => {
    const spans = [span('inner', 16, 17, 'figure'), span('outer', 16, 27, 'figure'), span('late', 24, 27, 'figure'), span('apart', 0, 4, 'figure')]
    const { columns, dropped } = iobColumns('doc1', tokens, spans, labels)
    expect(columns[2]).toEqual(['B-figure', 'O', 'O', 'O', 'B-figure', 'I-figure', 'I-figure'])
    expect(dropped.map((d) => [d.docId, d.spanId, d.start, d.end, d.label])).toEqual([
      ['doc1', 'inner', 16, 17, 'figure'],
      ['doc1', 'late', 24, 27, 'figure'],
    ])
    expect(dropped[0]?.reason).toBe('overlaps figure span outer (16..27); IOB2 cannot hold two overlapping spans of one label')
  })

  it('reports a span whose label has no column, and one that does not fall on token boundaries', () => {
    const { dropped } = iobColumns('d', tokens, [span('x', 0, 4, 'other'), span('y', 1, 4, 'figure')], labels)
    expect(dropped.map((d) => [d.spanId, d.reason])).toEqual([
      ['x', 'label "other" is not one of the exported labels'],
      ['y', 'its ends do not fall on token boundaries'],
    ])
  })
})
