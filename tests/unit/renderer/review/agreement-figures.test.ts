import { describe, expect, it } from 'vitest'
import type { Agreement, ReviewComparison } from '../../../../src-main/api'
import {
  barGeometry,
  chartScale,
  confusionTable,
  formatFigure,
  labelFigures,
  rankDocuments,
  scalePosition,
} from '../../../../src-renderer/review/agreement-figures'

const scores = (f1: number | null) => ({ precision: f1, recall: f1, f1 })
const agreement: Agreement = {
  documents: 2,
  labels: {
    commitment: { exact: scores(0.5), partial: scores(0.75), kappa: 0.61, alpha: 0.6 },
    date: { exact: scores(null), partial: scores(null), kappa: 0, alpha: -0.0007 },
  },
  micro: { exact: scores(0.5), partial: scores(0.75) },
  mean_kappa: 0.305,
  mean_alpha: 0.29965,
}

type Summary = ReviewComparison['documents'][number]
const doc = (id: string, meanKappa: number | null, differences: number, present: Summary['present'] = 'both'): Summary => ({
  id,
  title: id,
  present,
  counts: { match: 1, relabel: differences, boundary: 0, only_a: 0, only_b: 0 },
  pending: differences,
  agreement: present === 'both' ? { exact_f1: null, partial_f1: null, mean_kappa: meanKappa, mean_alpha: null } : null,
})

describe('agreement figures for the view', () => {
  it('keeps every undefined figure null, per label in the given order', () => {
    expect(labelFigures(agreement)).toEqual([
      { label: 'commitment', values: { kappa: 0.61, alpha: 0.6, exact: 0.5, partial: 0.75 } },
      { label: 'date', values: { kappa: 0, alpha: -0.0007, exact: null, partial: null } },
    ])
  })

  it('prints three decimals like `spanwright agree`, n/a for null and never -0.000', () => {
    expect([0.421875, 1, 0, -0.0004, -0.0007, -0.25, null].map((v) => formatFigure(v, 'n/a'))).toEqual(['0.422', '1.000', '0.000', '0.000', '-0.001', '-0.250', 'n/a'])
  })

  it('scales 0 to 1, reaching down in quarters for a negative κ or α, and ignores nulls', () => {
    expect(chartScale([0.2, null, 1])).toEqual({ min: 0, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] })
    expect(chartScale([-0.0007, 0.9])).toEqual({ min: -0.25, max: 1, ticks: [-0.25, 0, 0.25, 0.5, 0.75, 1] })
    expect(chartScale([-3]).min).toBe(-1)
  })

  it('draws a bar from the zero line to the value, leftwards for a negative one', () => {
    const scale = chartScale([-0.25, 1])
    expect(scalePosition(0, scale)).toBe(20)
    expect(barGeometry(0.5, scale)).toEqual({ left: 20, width: 40 })
    expect(barGeometry(-0.25, scale)).toEqual({ left: 0, width: 20 })
    expect(barGeometry(0, scale)).toEqual({ left: 20, width: 0 })
  })

  it('lays out the relabel table in schema order, then other labels sorted, with counts and zeros', () => {
    const table = confusionTable(
      [
        { a: 'figure', b: 'date', count: 3 },
        { a: 'commitment', b: 'agreement', count: 5 },
        { a: 'figure', b: 'commitment', count: 1 },
      ],
      ['commitment', 'agreement', 'figure'],
    )
    expect([table.rows, table.columns, table.max]).toEqual([['commitment', 'figure'], ['commitment', 'agreement', 'date'], 5])
    const grid = table.rows.map((a) => table.columns.map((b) => table.count(a, b)))
    expect(grid).toEqual([
      [0, 5, 0],
      [1, 0, 3],
    ])
  })

  it('ranks paired documents lowest first, undefined last, more differences first among equals', () => {
    const ranked = rankDocuments([doc('x', 0.8, 1), doc('y', null, 0), doc('z', 0.2, 1), doc('w', 0.8, 4), doc('only', null, 0, 'only_b')], 'mean_kappa')
    expect(ranked.map((d) => d.id)).toEqual(['z', 'w', 'x', 'y'])
  })
})
