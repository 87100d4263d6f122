/**
 * Moving through a document's differences (every item but a match) by key:
 * the order is the items' text order, as reviewDocument gives them.
 */
import type { ReviewDecision, ReviewItemView } from '../../src-main/api'

export const isDifference = (item: ReviewItemView): boolean => item.class !== 'match'

export function differencesOf(items: readonly ReviewItemView[]): ReviewItemView[] {
  return items.filter(isDifference)
}

/**
 * The difference after (1) or before (-1) `key`; from no key, the first or the
 * last. null past either end.
 */
export function stepKey(differences: readonly ReviewItemView[], key: string | null, direction: 1 | -1): string | null {
  const at = key === null ? -1 : differences.findIndex((d) => d.key === key)
  if (at < 0) return (direction === 1 ? differences[0] : differences[differences.length - 1])?.key ?? null
  return differences[at + direction]?.key ?? null
}

/**
 * Where to go once `key` is decided: the next undecided difference after it,
 * else the first undecided one before it, else `key` itself (all are decided).
 */
export function afterDecision(differences: readonly ReviewItemView[], key: string): string {
  const at = differences.findIndex((d) => d.key === key)
  const open = (d: ReviewItemView): boolean => d.key !== key && d.decision === null
  return (differences.slice(at + 1).find(open) ?? differences.slice(0, Math.max(0, at)).find(open))?.key ?? key
}

/** The items with one decision changed, as the service will return them (to move on before it answers). */
export function withDecision(items: readonly ReviewItemView[], key: string, decision: ReviewDecision | null): ReviewItemView[] {
  return items.map((i) => (i.key === key ? { ...i, decision } : i))
}
