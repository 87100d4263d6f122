/**
 * docs/format.md's pairing of two annotators' spans of one document: exact matches
 * first, then relabels (same extent), then boundary pairs (same label, extents
 * overlap) by largest overlap. Each span takes part in at most one pair. Ties go
 * to the earlier A span, then the earlier B span, spans ordered by (start, end,
 * label) — and by id, so that duplicates pair the same way every time.
 */
import { compareSpans, type Span } from '../model/span'
import { DIFF_CLASSES, type SpanPair } from './types'
import { overlappingPairs } from './overlapping-pairs'

export function pairSpans(spansA: readonly Span[], spansB: readonly Span[]): SpanPair[] {
  const a = [...spansA].sort(compareSpans)
  const b = [...spansB].sort(compareSpans)
  const partnerOfA = new Array<number>(a.length).fill(-1)
  const usedB = new Uint8Array(b.length)
  const pairs: SpanPair[] = []
  const link = (i: number, j: number, cls: SpanPair['class']): void => {
    partnerOfA[i] = j
    usedB[j] = 1
    pairs.push({ class: cls, a: a[i] as Span, b: b[j] as Span })
  }

  // Exact matches, then relabels. Both lists are sorted by (start, end, label), so
  // one walk over each pairs equal keys in order: the earliest A with the earliest
  // unused B, as "the earliest unused B with this key, in A order" would.
  walkEqual(a, b, byExtentAndLabel, (i, j) => link(i, j, 'match'))
  const freeA = a.map((_, i) => i).filter((i) => partnerOfA[i] === -1)
  const freeB = b.map((_, j) => j).filter((j) => usedB[j] === 0)
  // No unused B span shares an A span's extent and label any more: the first walk took it.
  walkEqual(
    freeA.map((i) => a[i] as Span),
    freeB.map((j) => b[j] as Span),
    byExtent,
    (x, y) => link(freeA[x] as number, freeB[y] as number, 'relabel'),
  )

  const candidates = overlappingPairs(a, b, (i) => partnerOfA[i] === -1, (j) => usedB[j] === 0)
  candidates.sort((x, y) => y.overlap - x.overlap || x.i - y.i || x.j - y.j)
  for (const { i, j } of candidates) if (partnerOfA[i] === -1 && usedB[j] === 0) link(i, j, 'boundary')

  a.forEach((s, i) => {
    if (partnerOfA[i] === -1) pairs.push({ class: 'only_a', a: s, b: null })
  })
  b.forEach((s, j) => {
    if (usedB[j] === 0) pairs.push({ class: 'only_b', a: null, b: s })
  })
  return pairs.sort(comparePairs)
}

type Order = (x: Span, y: Span) => number
const byExtent: Order = (x, y) => x.start - y.start || x.end - y.end
const byExtentAndLabel: Order = (x, y) => byExtent(x, y) || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0)

/** Calls `pair(i, j)` for runs of equal keys in two lists sorted by that key, zipped in order. */
function walkEqual(a: readonly Span[], b: readonly Span[], order: Order, pair: (i: number, j: number) => void): void {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const c = order(a[i] as Span, b[j] as Span)
    if (c < 0) i++
    else if (c > 0) j++
    else pair(i++, j++)
  }
}

const CLASS_ORDER = new Map(DIFF_CLASSES.map((c, i) => [c, i]))

/** Text order: by the A span (the B span when there is none), then class, then the B span. */
export function comparePairs(x: SpanPair, y: SpanPair): number {
  const ax = (x.a ?? x.b) as Span
  const ay = (y.a ?? y.b) as Span
  return (
    compareSpans(ax, ay) ||
    (CLASS_ORDER.get(x.class) ?? 0) - (CLASS_ORDER.get(y.class) ?? 0) ||
    (x.b && y.b ? compareSpans(x.b, y.b) : 0)
  )
}
