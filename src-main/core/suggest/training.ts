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
  /** Gold tags per label; a label without spans in the document is all O. */
  gold: Map<string, Uint8Array>
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
    const crossed = to < d.f.n && [...d.gold.values()].some((g) => g[to] === I)
    if (crossed) continue
    if (to > from) out.push([from, to])
    from = to
  }
  return out
}

/** Epochs shrink as the corpus grows: small workspaces need passes, large ones time. */
export function epochsFor(tokens: number): number {
  return Math.max(2, Math.min(40, Math.round(1_500_000 / Math.max(1, tokens))))
}

export function trainAll(models: ReadonlyMap<string, Perceptron>, data: readonly TrainingData[], seed: number): void {
  const all: Array<[number, number, number]> = []
  let tokens = 0
  data.forEach((d, i) => {
    for (const [from, to] of examples(d)) all.push([i, from, to])
    tokens += d.f.n
  })
  const random = seededRandom(seed)
  const labels = [...models.keys()].sort()
  const scratch = newTrainScratch()
  const none = new Uint8Array(all.reduce((m, [, from, to]) => Math.max(m, to - from), 0))
  for (let epoch = epochsFor(tokens); epoch > 0; epoch--) {
    for (const [i, from, to] of shuffled(all, random)) {
      const d = data[i] as TrainingData
      for (const label of labels) {
        const model = models.get(label) as Perceptron
        const gold = (d.gold.get(label) ?? none).subarray(from, to)
        model.learn(d.f, from, to, gold, scratch)
      }
    }
  }
}
