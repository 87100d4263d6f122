/**
 * A label's sequence model as a suggestion source, and its incremental correction
 * after accept, reject or edit (local: only the segments the span lies in).
 */
import type { OffsetMap } from '../offsets'
import type { DocFeatures } from './features'
import { B, I, O, type Perceptron } from './perceptron'
import { spanTokens } from './training'
import { spanMargin, tagSpans } from './viterbi'
import type { Suggestion, TrainingSpan } from './types'

/**
 * Margin → score: 0.5 when the best path barely wins, towards 1 as it wins
 * clearly. MARGIN_SCALE is the margin that scores ~0.82 (rough calibration on
 * the seed articles, leave one out).
 */
const MARGIN_SCALE = 4
export const marginScore = (margin: number): number => 0.5 + 0.5 * (1 - Math.exp(-margin / MARGIN_SCALE))

export function modelSuggestions(model: Perceptron, f: DocFeatures, label: string, map: OffsetMap, blocked: Uint8Array): Suggestion[] {
  const out: Suggestion[] = []
  const seg = f.segments
  for (let k = 0; k + 1 < seg.length; k++) {
    const from = seg[k] as number
    const to = seg[k + 1] as number
    if (to <= from || blocked.subarray(from, to).every((b) => b === 1)) continue
    const lattice = model.decode(f, from, to)
    for (const [first, last] of tagSpans(lattice.tags)) {
      if (blocked.subarray(from + first, from + last + 1).includes(1)) continue
      const start = f.starts[from + first] as number
      const end = f.ends[from + last] as number
      const score = marginScore(spanMargin(lattice, first, last))
      out.push({ start, end, label, text: map.slice(start, end), score, reasons: [{ kind: 'model' }] })
    }
  }
  return out
}

/** The segment-aligned token range [from, to) holding tokens first..last. */
function around(f: DocFeatures, first: number, last: number): [number, number] {
  const seg = f.segments
  let from = 0
  let to = f.n
  for (let k = 0; k < seg.length; k++) {
    const s = seg[k] as number
    if (s <= first) from = s
    if (s > last) {
      to = s
      break
    }
  }
  return [from, to]
}

const MAX_STEPS = 3

/** Moves the model toward having (`add`) or not having (`remove`) the span, a few steps at most. */
export function correctModel(model: Perceptron, f: DocFeatures, span: TrainingSpan, want: 'add' | 'remove'): void {
  const r = spanTokens(f, span.start, span.end)
  if (!r) return
  const [from, to] = around(f, r[0], r[1])
  const a = r[0] - from
  const b = r[1] - from
  for (let step = 0; step < MAX_STEPS; step++) {
    const pred = model.decode(f, from, to).tags
    const withSpan = Uint8Array.from(pred)
    withSpan[a] = B
    withSpan.fill(I, a + 1, b + 1)
    if (b + 1 < withSpan.length && withSpan[b + 1] === I) withSpan[b + 1] = O
    const withoutSpan = Uint8Array.from(withSpan)
    withoutSpan.fill(O, a, b + 1)
    if (b + 1 < withoutSpan.length && withoutSpan[b + 1] === I) withoutSpan[b + 1] = B
    const has = pred.subarray(a, b + 1).every((t, i) => t === (i === 0 ? B : I)) && pred[b + 1] !== I
    if (want === 'add' ? has : !has) return
    if (want === 'add') model.correct(f, from, withSpan, pred)
    else model.correct(f, from, withoutSpan, withSpan)
  }
}
