/**
 * A label's sequence model as a suggestion source, and its incremental correction
 * after accept, reject or edit (local: only the segments the span lies in).
 */
import type { OffsetMap } from '../offsets'
import type { DocFeatures } from './features'
import { B, I, O, type Perceptron } from './perceptron'
import { spanTokens } from './training'
import { pathScore, spanOdds, tagSpans, type Lattice } from './viterbi'
import type { Suggestion, TrainingSpan } from './types'

/**
 * Log-odds → score: 0.5 where the best path barely decides, towards 1 as the
 * span wins clearly and towards 0 as it loses. ODDS_SCALE is the margin that
 * scores ~0.82 (rough calibration on the seed articles, leave one out).
 */
const ODDS_SCALE = 4
export const oddsScore = (x: number): number =>
  x >= 0 ? 0.5 + 0.5 * (1 - Math.exp(-x / ODDS_SCALE)) : 0.5 * Math.exp(x / ODDS_SCALE)

export interface ModelView {
  /** The spans on the best path, outside furniture. */
  suggestions: Suggestion[]
  /** The model's score of any span of tokens first..last inside one segment, or null. */
  scoreOf(first: number, last: number): number | null
}

/** Every label's view, keyed by label: each segment with a token outside furniture is decoded once for all labels. */
export function modelViews(model: Perceptron, f: DocFeatures, map: OffsetMap, blocked: Uint8Array): Map<string, ModelView> {
  const labels = model.labels
  const suggestions: Suggestion[][] = labels.map(() => [])
  const seg = f.segments
  // lattices[k][j]: segment k, column j.
  const lattices: Array<Lattice[] | null> = []
  for (let k = 0; k + 1 < seg.length; k++) {
    const from = seg[k] as number
    const to = seg[k + 1] as number
    const decoded = to > from && blocked.subarray(from, to).includes(0) ? model.decodeAll(f, from, to) : null
    lattices.push(decoded)
    decoded?.forEach((lattice, j) => {
      for (const [first, last] of tagSpans(lattice.tags)) {
        if (blocked.subarray(from + first, from + last + 1).includes(1)) continue
        const start = f.starts[from + first] as number
        const end = f.ends[from + last] as number
        const score = oddsScore(spanOdds(lattice, first, last))
        ;(suggestions[j] as Suggestion[]).push({ start, end, label: labels[j] as string, text: map.slice(start, end), score, reasons: [{ kind: 'model' }] })
      }
    })
  }
  const view = (j: number): ModelView => ({
    suggestions: suggestions[j] as Suggestion[],
    scoreOf(first, last) {
      const [from, to] = around(f, first, first)
      const lattice = lattices[segmentIndex(f, first)]?.[j]
      if (!lattice || last >= to) return null
      return oddsScore(spanOdds(lattice, first - from, last - from))
    },
  })
  return new Map(labels.map((label, j) => [label, view(j)]))
}

/** The index of the segment holding token t. */
function segmentIndex(f: DocFeatures, t: number): number {
  let lo = 0
  let hi = f.segments.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if ((f.segments[mid] as number) <= t) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The segment-aligned token range [from, to) holding tokens first..last. */
function around(f: DocFeatures, first: number, last: number): [number, number] {
  return [f.segments[segmentIndex(f, first)] as number, f.segments[segmentIndex(f, last) + 1] as number]
}

/**
 * Moves the model toward having (`add`) or not having (`remove`) the span by the
 * smallest step that makes the right tagging win by a margin of 1 (a
 * passive-aggressive update), so one accept fixes this place without swamping
 * what the whole corpus taught through shared features (bias, shape, position).
 */
export function correctModel(model: Perceptron, f: DocFeatures, span: TrainingSpan, want: 'add' | 'remove'): void {
  const r = spanTokens(f, span.start, span.end)
  if (!r) return
  const [from, to] = around(f, r[0], r[1])
  const a = r[0] - from
  const b = r[1] - from
  const lattice = model.decode(span.label, f, from, to)
  const withSpan = Uint8Array.from(lattice.tags)
  withSpan[a] = B
  withSpan.fill(I, a + 1, b + 1)
  if (b + 1 < withSpan.length && withSpan[b + 1] === I) withSpan[b + 1] = O
  const withoutSpan = Uint8Array.from(withSpan)
  withoutSpan.fill(O, a, b + 1)
  if (b + 1 < withoutSpan.length && withoutSpan[b + 1] === I) withoutSpan[b + 1] = B
  const [right, wrong] = want === 'add' ? [withSpan, withoutSpan] : [withoutSpan, withSpan]
  const loss = pathScore(lattice, wrong) - pathScore(lattice, right) + 1
  if (loss <= 0) return
  model.correct(span.label, f, from, right, wrong, Math.min(1, loss / changedFeatures(f, from, right, wrong)))
}

/** The squared norm of the feature difference between two taggings (each changed tag moves all its token's features). */
function changedFeatures(f: DocFeatures, from: number, right: Uint8Array, wrong: Uint8Array): number {
  let n = 0
  for (let t = 0; t < right.length; t++) {
    if (right[t] === wrong[t]) continue
    const k = (f.offsets[from + t + 1] as number) - (f.offsets[from + t] as number)
    n += k * ((right[t] !== O ? 1 : 0) + (wrong[t] !== O ? 1 : 0)) + 4
  }
  return Math.max(1, n)
}
