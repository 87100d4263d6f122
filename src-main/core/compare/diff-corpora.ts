import { pairSpans } from './pair-spans'
import { zeroCounts, type CompareDocument, type CorpusDiff, type DiffCounts, type DocumentDiff, type SpanPair } from './types'

/** Pairs documents by id, then the spans of every paired document (docs/format.md, "Comparing"). */
export function diffCorpora(sideA: readonly CompareDocument[], sideB: readonly CompareDocument[]): CorpusDiff {
  const inB = new Map(sideB.map((d) => [d.id, d]))
  const inA = new Set(sideA.map((d) => d.id))
  const counts = zeroCounts()
  const documents: DocumentDiff[] = sideA.map((a) => {
    const b = inB.get(a.id)
    if (!b) return oneSided(a, 'only_a')
    const diff = diffDocument(a, b)
    addCounts(counts, diff.counts)
    return diff
  })
  for (const b of sideB) if (!inA.has(b.id)) documents.push(oneSided(b, 'only_b'))
  return { documents, counts }
}

/** Both sides of one document (the same id, so the same text). */
export function diffDocument(a: CompareDocument, b: CompareDocument): DocumentDiff {
  const pairs = pairSpans(a.spans, b.spans)
  return { id: a.id, title: a.title, present: 'both', a, b, pairs, counts: countPairs(pairs) }
}

export function countPairs(pairs: readonly SpanPair[]): DiffCounts {
  const counts = zeroCounts()
  for (const p of pairs) counts[p.class]++
  return counts
}

export function addCounts(total: DiffCounts, more: DiffCounts): void {
  for (const k of Object.keys(total) as Array<keyof DiffCounts>) total[k] += more[k]
}

/** Differences: everything but matches. */
export const differenceCount = (c: DiffCounts): number => c.relabel + c.boundary + c.only_a + c.only_b

function oneSided(doc: CompareDocument, present: 'only_a' | 'only_b'): DocumentDiff {
  return {
    id: doc.id,
    title: doc.title,
    present,
    a: present === 'only_a' ? doc : null,
    b: present === 'only_b' ? doc : null,
    pairs: [],
    counts: zeroCounts(),
  }
}
