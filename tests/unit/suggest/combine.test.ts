import { describe, expect, it } from 'vitest'
import { combine, ruleSuggestions } from '../../../src-main/core/suggest/combine'
import type { Suggestion } from '../../../src-main/core/suggest/types'

const s = (start: number, end: number, label: string, score: number, reason: Suggestion['reasons'][number]): Suggestion => ({
  start,
  end,
  label,
  text: 'x'.repeat(end - start),
  score,
  reasons: [reason],
})
const rule = { kind: 'rule', rule: 'figure.money' } as const
const model = { kind: 'model' } as const
const memory = { kind: 'memory', seen: 3 } as const

describe('combine', () => {
  it('joins the same span from several sources: reasons strongest first, a higher score than either', () => {
    const out = combine([[s(0, 4, 'figure', 0.6, rule)], [s(0, 4, 'figure', 0.8, memory)], [s(0, 4, 'figure', 0.5, model)]])
    expect(out).toHaveLength(1)
    expect(out[0]?.reasons).toEqual([memory, rule, model])
    expect(out[0]?.score).toBeCloseTo(1 - 0.4 * 0.2 * 0.5)
  })

  it('drops suggestions in furniture, those rejected in this document and those a span of the label already covers', () => {
    const list = [s(0, 2, 'figure', 0.9, rule), s(10, 12, 'figure', 0.9, rule), s(20, 22, 'figure', 0.9, rule), s(30, 34, 'figure', 0.9, rule)]
    const out = combine([list], {
      documentId: 'd',
      furniture: [[0, 5]],
      rejections: [
        { documentId: 'd', start: 10, end: 12, label: 'figure' },
        { documentId: 'other', start: 20, end: 22, label: 'figure' },
      ],
      spans: [{ start: 31, end: 33, label: 'figure' }],
    })
    expect(out.map((x) => x.start)).toEqual([20])
  })

  it('keeps a suggestion nested in a span of another label, and the best of overlapping ones of one label', () => {
    const out = combine([[s(0, 10, 'commitment', 0.7, model), s(2, 4, 'figure', 0.6, rule), s(3, 6, 'figure', 0.9, model)]], {
      spans: [{ start: 0, end: 10, label: 'agreement' }],
    })
    expect(out.map((x) => [x.start, x.end, x.label])).toEqual([
      [0, 10, 'commitment'],
      [3, 6, 'figure'],
    ])
  })

  it('applies per-label thresholds and the minimum score, and sorts by start, end, label', () => {
    const list = [s(5, 6, 'figure', 0.55, rule), s(0, 3, 'commitment', 0.55, model), s(0, 3, 'agreement', 0.95, model), s(8, 9, 'figure', 0.3, rule)]
    expect(combine([list], { thresholds: { commitment: 0.6 } }).map((x) => x.label)).toEqual(['agreement', 'figure'])
    expect(combine([list], { defaultThreshold: 0.2 }).map((x) => x.start)).toEqual([0, 0, 5, 8])
    expect(combine([list], { defaultThreshold: 0.2, minScore: 0.9 }).map((x) => x.label)).toEqual(['agreement'])
  })

  it('turns rule hits into suggestions scored by their confidence, with code point text', () => {
    expect(ruleSuggestions('𠀋 5%', [{ start: 2, end: 4, label: 'figure', rule: 'figure.percent', confidence: 0.9 }])).toEqual([
      { start: 2, end: 4, label: 'figure', text: '5%', score: 0.9, reasons: [{ kind: 'rule', rule: 'figure.percent' }] },
    ])
  })
})
