import { describe, expect, it } from 'vitest'
import { agreementOf, cohenKappa, diffCorpora, krippendorffAlpha, spanScores, tokenTables } from '../../../src-main/core/compare'
import { record, sp } from './spans'

// Tokens: Nhật Bản cam kết hỗ trợ 3 triệu yên . (10 tokens)
const TEXT = 'Nhật Bản cam kết hỗ trợ 3 triệu yên.'
const tiny = () =>
  diffCorpora(
    [record(TEXT, [[0, 36, 'topic'], [9, 35, 'commitment'], [24, 35, 'figure'], [0, 8, 'agreement']], 'lan')],
    [record(TEXT, [[0, 36, 'topic'], [9, 35, 'commitment'], [26, 35, 'figure'], [0, 8, 'commitment']], 'minh')],
  )

describe('agreementOf, hand-computed', () => {
  const agreement = agreementOf(tiny().documents)

  it("gives Cohen's κ and Krippendorff's α of each label from its 2×2 token table", () => {
    // figure: A 3 triệu yên, B triệu yên → both 2, A only 1, neither 7.
    // κ = 2(2·7 − 1·0) / (3·8 + 2·7) = 28/38;  α = 1 − (20−1)·1 / (5·15) = 56/75
    expect(agreement.labels.figure?.kappa).toBeCloseTo(28 / 38, 15)
    expect(agreement.labels.figure?.alpha).toBeCloseTo(56 / 75, 15)
    // commitment: B also marks Nhật Bản → both 7, B only 2, neither 1.
    // κ = 2(7·1) / (7·1 + 9·3) = 14/34;  α = 1 − 19·2 / (16·4) = 13/32
    expect(agreement.labels.commitment?.kappa).toBeCloseTo(14 / 34, 15)
    expect(agreement.labels.commitment?.alpha).toBeCloseTo(13 / 32, 15)
    // agreement: only A marks Nhật Bản → A only 2, neither 8. κ = 0;  α = 1 − 19·2 / (2·18) = −1/18
    expect(agreement.labels.agreement?.kappa).toBe(0)
    expect(agreement.labels.agreement?.alpha).toBeCloseTo(-1 / 18, 15)
  })

  it('reports κ and α as null, not NaN, when both coders give every token the same value', () => {
    expect(agreement.labels.topic).toMatchObject({ kappa: null, alpha: null })
  })

  it('averages κ and α over the labels where they are defined', () => {
    expect(agreement.mean_kappa).toBeCloseTo((0 + 14 / 34 + 28 / 38) / 3, 15)
    expect(agreement.mean_alpha).toBeCloseTo((-1 / 18 + 13 / 32 + 56 / 75) / 3, 15)
  })

  it('scores span precision/recall/F1 of B against A, exact and partial', () => {
    // commitment: B has 2 (one relabelled from A's agreement), A has 1, one match.
    expect(agreement.labels.commitment?.exact).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 })
    // figure: a boundary pair, so 0 exact and 1 partial; 0 is defined here (both sides have a figure).
    expect(agreement.labels.figure?.exact).toEqual({ precision: 0, recall: 0, f1: 0 })
    expect(agreement.labels.figure?.partial).toEqual({ precision: 1, recall: 1, f1: 1 })
    // agreement: B has none, so precision (and with it F1) is undefined.
    expect(agreement.labels.agreement?.exact).toEqual({ precision: null, recall: 0, f1: null })
    // micro: exact 2 of B's 4 and of A's 4; partial 3.
    expect(agreement.micro).toEqual({ exact: { precision: 0.5, recall: 0.5, f1: 0.5 }, partial: { precision: 0.75, recall: 0.75, f1: 0.75 } })
  })

  it('lists labels in the given order, then the others sorted', () => {
    expect(Object.keys(agreementOf(tiny().documents, { order: ['figure', 'commitment', 'unused'] }).labels)).toEqual([
      'figure',
      'commitment',
      'agreement',
      'topic',
    ])
  })

  it('counts only documents both sides have, and is all null over none', () => {
    const diff = diffCorpora([record(TEXT, [[0, 8, 'figure']])], [record('Hai bên ký 05 văn kiện.', [[0, 7, 'figure']])])
    expect(agreementOf(diff.documents)).toEqual({
      documents: 0,
      labels: {},
      micro: { exact: { precision: null, recall: null, f1: null }, partial: { precision: null, recall: null, f1: null } },
      mean_kappa: null,
      mean_alpha: null,
    })
  })
})

describe('the formulas on their own', () => {
  it('follow the textbook definitions on a 2×2 table', () => {
    // pₒ = (20+15)/50, pₑ = (25·30 + 25·20)/50² → κ = (0.7 − 0.5)/(1 − 0.5) = 0.4
    expect(cohenKappa({ both: 20, onlyA: 5, onlyB: 10, neither: 15 })).toBeCloseTo(0.4, 15)
    // Krippendorff (2011), two coders nominal: α = 1 − (n−1)·(b+c)/(n₀·n₁) with n = 100, n₁ = 55, n₀ = 45
    expect(krippendorffAlpha({ both: 20, onlyA: 5, onlyB: 10, neither: 15 })).toBeCloseTo(1 - (99 * 15) / (45 * 55), 15)
    expect(cohenKappa({ both: 0, onlyA: 0, onlyB: 0, neither: 0 })).toBeNull()
    expect(krippendorffAlpha({ both: 0, onlyA: 0, onlyB: 0, neither: 9 })).toBeNull()
    expect(cohenKappa({ both: 4, onlyA: 0, onlyB: 0, neither: 6 })).toBe(1)
  })

  it('leave precision, recall and F1 undefined only where a side has no span', () => {
    expect(spanScores(0, 0, 3)).toEqual({ precision: null, recall: 0, f1: null })
    expect(spanScores(0, 2, 0)).toEqual({ precision: 0, recall: null, f1: null })
    expect(spanScores(0, 0, 0)).toEqual({ precision: null, recall: null, f1: null })
    expect(spanScores(3, 4, 6)).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6 })
  })
})

describe('tokenTables', () => {
  const tokens: Array<[number, number]> = [[0, 4], [5, 8], [9, 12], [13, 16]]

  it('marks a token that a span overlaps by one code point, and not one it only touches', () => {
    // A: 3..6 overlaps tokens 0 and 1; B: 8..9 lies in the gap between tokens 1 and 2.
    expect(tokenTables(tokens, [sp(3, 6, 'figure')], [sp(8, 9, 'figure')], ['figure']).get('figure')).toEqual({ both: 0, onlyA: 2, onlyB: 0, neither: 2 })
  })

  it('counts nested and overlapping spans of one label once per token, and reads unsorted tokens', () => {
    const a = [sp(0, 16, 'commitment'), sp(5, 8, 'commitment'), sp(4, 12, 'commitment')]
    const b = [sp(9, 12, 'commitment')]
    const expected = { both: 1, onlyA: 3, onlyB: 0, neither: 0 }
    expect(tokenTables(tokens, a, b, ['commitment']).get('commitment')).toEqual(expected)
    expect(tokenTables([...tokens].reverse(), a, b, ['commitment']).get('commitment')).toEqual(expected)
  })
})
