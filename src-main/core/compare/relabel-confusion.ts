import type { DocumentDiff } from './types'

export interface RelabelCell {
  /** A's label and B's label for the same extent. */
  a: string
  b: string
  count: number
}

/** How often A's label became B's label (relabel pairs of paired documents), largest first. */
export function relabelConfusion(documents: readonly DocumentDiff[]): RelabelCell[] {
  const counts = new Map<string, RelabelCell>()
  for (const doc of documents) {
    for (const p of doc.pairs) {
      if (p.class !== 'relabel' || !p.a || !p.b) continue
      const key = `${p.a.label}\u0000${p.b.label}`
      const cell = counts.get(key) ?? { a: p.a.label, b: p.b.label, count: 0 }
      cell.count++
      counts.set(key, cell)
    }
  }
  return [...counts.values()].sort((x, y) => y.count - x.count || cmp(x.a, y.a) || cmp(x.b, y.b))
}

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0)
