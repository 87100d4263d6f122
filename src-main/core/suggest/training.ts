/**
 * Full training of every label's perceptron on done documents: gold O/B/I tags per
 * label, examples cut at segment ends (never inside a gold span), and a seeded
 * order per epoch, so the same workspace always yields the same weights.
 */
import type { DocFeatures } from './features'
import { seededRandom, shuffled } from './hashing'
import { B, I, newTrainScratch, type Perceptron } from './perceptron'
import { firstEndingAfter } from './token-index'
import type { TrainingSpan } from './types'

export interface TrainingData {
  f: DocFeatures
  /** Gold tags per column of the model; a label without spans in the document is all O. */
  gold: Uint8Array[]
}

/** The tokens a span overlaps, [first, last], or null when it covers none. */
export function spanTokens(f: DocFeatures, start: number, end: number): [number, number] | null {
  const first = firstEndingAfter(f.ends, start)
  if (first >= f.n || (f.starts[first] as number) >= end) return null
  let last = first
  while (last + 1 < f.n && (f.starts[last + 1] as number) < end) last++
  return [first, last]
}

/** Gold tags of one label; of two spans of that label that overlap, the earlier (then longer) one wins. */
export function goldTags(f: DocFeatures, spans: readonly TrainingSpan[], label: string): Uint8Array {
  const tags = new Uint8Array(f.n)
  const own = spans.filter((s) => s.label === label).sort((a, b) => a.start - b.start || b.end - a.end)
  for (const s of own) {
    const r = spanTokens(f, s.start, s.end)
    if (!r || tags.subarray(r[0], r[1] + 1).some((t) => t !== 0)) continue
    tags[r[0]] = B
    tags.fill(I, r[0] + 1, r[1] + 1)
  }
  return tags
}

/** Segments as [from, to), joined where any label's gold span runs across a segment end. */
export function examples(d: TrainingData): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const seg = d.f.segments
  let from = seg[0] as number
  for (let k = 1; k < seg.length; k++) {
    const to = seg[k] as number
    const crossed = to < d.f.n && d.gold.some((g) => g[to] === I)
    if (crossed) continue
    if (to > from) out.push([from, to])
    from = to
  }
  return out
}

/**
 * Epochs shrink as the corpus grows: small workspaces need many passes (40 for
 * the five seed articles), a large one has enough examples in one pass and little time.
 */
export function epochsFor(tokens: number): number {
  return Math.max(1, Math.min(40, Math.round(1_000_000 / Math.max(1, tokens))))
}

/**
 * Trains the model (every label) on `count` documents of `tokens` tokens in all,
 * `load(i, recycled)` giving document i's features and gold tags. With one epoch (a large
 * workspace) documents stream through in a seeded order and only one is held in
 * memory (the last one's buffers are `recycled`); with more, all are held and their segments shuffled together.
 */
export function trainAll(
  model: Perceptron,
  count: number,
  tokens: number,
  load: (i: number, recycled: DocFeatures | null) => TrainingData,
  seed: number,
): void {
  const random = seededRandom(seed)
  const scratch = newTrainScratch()
  const learn = (d: TrainingData, from: number, to: number): void => {
    model.learn(d.f, from, to, d.gold.map((g) => g.subarray(from, to)), scratch)
  }
  const order = shuffled(
    Array.from({ length: count }, (_, i) => i),
    random,
  )
  const epochs = epochsFor(tokens)
  if (epochs === 1) {
    let recycled: DocFeatures | null = null
    for (const i of order) {
      const d = load(i, recycled)
      recycled = d.f
      for (const [from, to] of shuffled(examples(d), random)) learn(d, from, to)
    }
    return
  }
  const data = order.map((i) => load(i, null))
  const all = data.flatMap((d, i) => examples(d).map(([from, to]) => [i, from, to] as const))
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const [i, from, to] of shuffled(all, random)) learn(data[i] as TrainingData, from, to)
  }
}
