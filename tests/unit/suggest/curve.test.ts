import { describe, expect, it } from 'vitest'
import { learningCurve } from '../../../src-main/core/suggest/curve'
import { countDocument, scoresOf } from '../../../src-main/core/suggest/evaluate'
import { productDoc } from './fixtures'

const docs = Array.from({ length: 10 }, (_, i) => productDoc(`d${i}`, i, i % 2 ? ['cà phê', 'gạo'] : ['hồ tiêu', 'cao su']))

describe('evaluate', () => {
  it('counts exact matches and, as partial, boundary pairs, per label', () => {
    const gold = [
      { start: 0, end: 5, label: 'figure' },
      { start: 10, end: 20, label: 'commitment' },
    ]
    const predicted = [
      { start: 0, end: 5, label: 'figure' },
      { start: 12, end: 20, label: 'commitment' },
      { start: 30, end: 31, label: 'figure' },
    ]
    const s = scoresOf(countDocument(gold, predicted))
    expect(s.figure?.exact).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 })
    expect(s.commitment?.exact.f1).toBe(0)
    expect(s.commitment?.partial.f1).toBe(1)
  })
})

describe('learningCurve', () => {
  it('trains on 20/40/60/80 % and scores on the rest, the same way for the same seed', () => {
    const curve = learningCurve(docs, { seed: 7 })
    expect(curve.map((p) => [p.fraction, p.trained, p.tested])).toEqual([
      [0.2, 2, 8],
      [0.4, 4, 6],
      [0.6, 6, 4],
      [0.8, 8, 2],
    ])
    expect(JSON.stringify(learningCurve(docs, { seed: 7 }))).toBe(JSON.stringify(curve))
    // With both product pairs seen, the recurring names are all found exactly.
    expect(curve[3]?.labels.product?.exact.f1).toBe(1)
  })
})
