import type { Span } from '../model/span'

export interface Candidate {
  /** Index into A's spans and B's spans (each sorted by start). */
  i: number
  j: number
  /** Shared code points. */
  overlap: number
}

/**
 * Every (A, B) pair of still-unpaired spans with the same label whose extents
 * share at least one code point. A sweep by start keeps this near-linear when
 * spans are spread out, instead of comparing every A span with every B span.
 * Both lists must be sorted by start.
 */
export function overlappingPairs(
  a: readonly Span[],
  b: readonly Span[],
  freeA: (i: number) => boolean,
  freeB: (j: number) => boolean,
): Candidate[] {
  const out: Candidate[] = []
  let activeA: number[] = []
  let activeB: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const sa = a[i]
    const sb = b[j]
    if (sa && (!sb || sa.start <= sb.start)) {
      if (freeA(i)) {
        activeB = activeB.filter((k) => (b[k] as Span).end > sa.start)
        for (const k of activeB) if ((b[k] as Span).label === sa.label) out.push({ i, j: k, overlap: overlap(sa, b[k] as Span) })
        activeA.push(i)
      }
      i++
    } else if (sb) {
      if (freeB(j)) {
        activeA = activeA.filter((k) => (a[k] as Span).end > sb.start)
        for (const k of activeA) if ((a[k] as Span).label === sb.label) out.push({ i: k, j, overlap: overlap(a[k] as Span, sb) })
        activeB.push(j)
      }
      j++
    }
  }
  return out
}

const overlap = (x: Span, y: Span): number => Math.min(x.end, y.end) - Math.max(x.start, y.start)
