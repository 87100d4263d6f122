/**
 * What the agreement view draws, computed from compareWith's answer: the bars
 * per label, their scale, the relabel confusion table and the documents ranked
 * by agreement. An undefined figure stays null all the way to the screen.
 */
import type { Agreement, ReviewComparison } from '../../src-main/api'
import type { DocumentAgreement, RelabelCell, ReviewDocumentSummary } from '../../src-main/core/compare'

export const METRICS = ['kappa', 'alpha', 'exact', 'partial'] as const
export type Metric = (typeof METRICS)[number]

export interface LabelFigures {
  label: string
  values: Record<Metric, number | null>
}

export function labelFigures(agreement: Agreement): LabelFigures[] {
  return Object.entries(agreement.labels).map(([label, f]) => ({
    label,
    values: { kappa: f.kappa, alpha: f.alpha, exact: f.exact.f1, partial: f.partial.f1 },
  }))
}

export interface Scale {
  min: number
  max: number
  /** Evenly spaced, min to max. */
  ticks: number[]
}

/** 0 to 1, reaching down in quarters when a κ or α is negative (down to -1). */
export function chartScale(values: ReadonlyArray<number | null>): Scale {
  const lowest = Math.min(0, ...values.filter((v): v is number => v !== null))
  const min = Math.max(-1, Math.floor(lowest * 4) / 4)
  const ticks: number[] = []
  for (let v = min; v <= 1 + 1e-9; v += 0.25) ticks.push(Math.round(v * 100) / 100)
  return { min, max: 1, ticks }
}

/** Where a value sits on the scale, in percent of the track (clamped to it). */
export function scalePosition(value: number, scale: Scale): number {
  return ((Math.min(scale.max, Math.max(scale.min, value)) - scale.min) / (scale.max - scale.min)) * 100
}

/** Where a bar from 0 to `value` sits on the scale, in percent of the track. */
export function barGeometry(value: number, scale: Scale): { left: number; width: number } {
  const zero = scalePosition(0, scale)
  const end = scalePosition(value, scale)
  return { left: Math.min(zero, end), width: Math.abs(end - zero) }
}

/** Three decimals, as `spanwright agree` prints them; null is the caller's "n/a". */
export function formatFigure(value: number | null, na: string): string {
  if (value === null) return na
  const text = value.toFixed(3)
  return text === '-0.000' ? '0.000' : text
}

export interface Confusion {
  /** Labels that were relabelled from (rows) and to (columns), in schema order. */
  rows: string[]
  columns: string[]
  count(a: string, b: string): number
  max: number
}

export function confusionTable(cells: readonly RelabelCell[], order: readonly string[]): Confusion {
  const counts = new Map(cells.map((c) => [`${c.a}\u0000${c.b}`, c.count]))
  const ordered = (ids: Iterable<string>): string[] => {
    const set = new Set(ids)
    return [...order.filter((l) => set.has(l)), ...[...set].filter((l) => !order.includes(l)).sort()]
  }
  return {
    rows: ordered(cells.map((c) => c.a)),
    columns: ordered(cells.map((c) => c.b)),
    count: (a, b) => counts.get(`${a}\u0000${b}`) ?? 0,
    max: Math.max(0, ...cells.map((c) => c.count)),
  }
}

export type DocumentMetric = keyof DocumentAgreement
export const DOCUMENT_METRICS: readonly DocumentMetric[] = ['mean_kappa', 'mean_alpha', 'exact_f1', 'partial_f1']

export const differenceCount = (d: ReviewDocumentSummary): number => d.counts.relabel + d.counts.boundary + d.counts.only_a + d.counts.only_b

/**
 * Paired documents, lowest `metric` first; an undefined figure (nothing to
 * score) goes last, and among equals the one with more differences first.
 */
export function rankDocuments(documents: ReviewComparison['documents'], metric: DocumentMetric): ReviewDocumentSummary[] {
  const value = (d: ReviewDocumentSummary): number => d.agreement?.[metric] ?? Number.POSITIVE_INFINITY
  return documents
    .filter((d) => d.present === 'both')
    .map((d, i) => ({ d, i }))
    .sort((x, y) => value(x.d) - value(y.d) || differenceCount(y.d) - differenceCount(x.d) || x.i - y.i)
    .map(({ d }) => d)
}
