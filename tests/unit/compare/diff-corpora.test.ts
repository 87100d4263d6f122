import { describe, expect, it } from 'vitest'
import { diffCorpora } from '../../../src-main/core/compare'
import { FIXTURES, readSide } from './reference-values'
import { record } from './spans'

const ONE = 'Nhật Bản cam kết hỗ trợ 3 triệu yên.'
const TWO = 'Hai bên đã ký kết 05 văn kiện hợp tác.'
const THREE = 'Năm 2050 đạt phát thải ròng bằng 0.'

describe('diffCorpora', () => {
  it('pairs documents by id, lists one-sided documents after A’s, and counts over paired documents only', () => {
    const a = [record(ONE, [[24, 35, 'figure']]), record(TWO, [[18, 20, 'figure']])]
    const b = [record(THREE, [[0, 8, 'figure']]), record(ONE, [[24, 35, 'commitment']])]
    const diff = diffCorpora(a, b)
    expect(diff.documents.map((d) => [d.title, d.present])).toEqual([
      [ONE, 'both'],
      [TWO, 'only_a'],
      [THREE, 'only_b'],
    ])
    expect(diff.counts).toEqual({ match: 0, relabel: 1, boundary: 0, only_a: 0, only_b: 0 })
    expect(diff.documents[1]?.pairs).toEqual([])
  })

  it('finds a file all "match" when compared with itself', () => {
    const side = readSide(`${FIXTURES}seed-a.jsonl`)
    const diff = diffCorpora(side, side)
    const spans = side.reduce((n, r) => n + r.spans.length, 0)
    expect(diff.counts).toEqual({ match: spans, relabel: 0, boundary: 0, only_a: 0, only_b: 0 })
    expect(diff.documents.every((d) => d.present === 'both')).toBe(true)
  })
})
