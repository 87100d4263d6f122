/**
 * Suggestions scored against gold spans with the project's own pairing
 * (compare/pair-spans.ts), label by label: exact = `match`, partial = `match` or
 * `boundary`. Counts add up over documents (micro average), then become scores.
 */
import { pairSpans } from '../compare/pair-spans'
import { spanScores, type Scores } from '../compare/span-scores'
import type { Span } from '../model/span'

interface Extent {
  start: number
  end: number
  label: string
}

export interface LabelCounts {
  exact: number
  partial: number
  predicted: number
  reference: number
}
export type Counts = Record<string, LabelCounts>

export interface LabelScores {
  exact: Scores
  partial: Scores
  predicted: number
  reference: number
}

const asSpan = (e: Extent, i: number): Span => ({
  id: `s${i}`,
  start: e.start,
  end: e.end,
  label: e.label,
  text: '',
  attributes: {},
  note: '',
  annotator: '',
  origin: 'manual',
  created_at: '1970-01-01T00:00:00Z',
  updated_at: '1970-01-01T00:00:00Z',
})

/** Counts of one document, per label of either side (and of `labels`, even if absent). */
export function countDocument(gold: readonly Extent[], predicted: readonly Extent[], labels: readonly string[] = []): Counts {
  const all = new Set([...labels, ...gold.map((s) => s.label), ...predicted.map((s) => s.label)])
  const out: Counts = {}
  for (const label of [...all].sort()) {
    const a = gold.filter((s) => s.label === label).map(asSpan)
    const b = predicted.filter((s) => s.label === label).map(asSpan)
    const pairs = pairSpans(a, b)
    const exact = pairs.filter((p) => p.class === 'match').length
    const partial = exact + pairs.filter((p) => p.class === 'boundary').length
    out[label] = { exact, partial, predicted: b.length, reference: a.length }
  }
  return out
}

export function addCounts(into: Counts, more: Counts): Counts {
  for (const [label, c] of Object.entries(more)) {
    const t = (into[label] ??= { exact: 0, partial: 0, predicted: 0, reference: 0 })
    t.exact += c.exact
    t.partial += c.partial
    t.predicted += c.predicted
    t.reference += c.reference
  }
  return into
}

export function scoresOf(counts: Counts): Record<string, LabelScores> {
  const out: Record<string, LabelScores> = {}
  for (const label of Object.keys(counts).sort()) {
    const c = counts[label] as LabelCounts
    out[label] = {
      exact: spanScores(c.exact, c.predicted, c.reference),
      partial: spanScores(c.partial, c.predicted, c.reference),
      predicted: c.predicted,
      reference: c.reference,
    }
  }
  return out
}
