/**
 * Review: a reviewer settles each difference between A (the workspace) and B
 * (another file) with one decision; the decisions build a gold version of the
 * document whose spans have origin "merged" (merged-span.ts).
 */
import { canonicalSpan, compareSpans, type Span } from '../model/span'
import { mergedSpan, withUniqueIds } from './merged-span'
import type { SpanPair } from './types'

export const REVIEW_DECISIONS = ['accept_a', 'accept_b', 'keep_both', 'drop_both'] as const
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number]

export interface ReviewItem extends SpanPair {
  /** Stable while neither side changes: class and both spans' (start, end, label). */
  key: string
  /** Always null for a match, which needs none. */
  decision: ReviewDecision | null
}

export interface ReviewNames {
  a: string
  b: string
}

export function reviewItems(pairs: readonly SpanPair[], decisions: Readonly<Record<string, ReviewDecision>>): ReviewItem[] {
  const seen = new Map<string, number>()
  return pairs.map((p) => {
    const base = `${p.class}:${where(p.a)}:${where(p.b)}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    // A file may hold the same span twice; the second copy gets its own key.
    const key = n === 1 ? base : `${base}#${n}`
    return { ...p, key, decision: p.class === 'match' ? null : (decisions[key] ?? null) }
  })
}

const where = (s: Span | null): string => (s ? `${s.start}-${s.end}-${s.label}` : '')

/**
 * The gold spans the items and their decisions give. Before any decision the
 * document is A's as it stands; once under review, matches are merged and every
 * undecided difference keeps A's side.
 */
export function goldSpans(items: readonly ReviewItem[], names: ReviewNames): Span[] {
  if (!items.some((i) => i.decision)) return items.flatMap((i) => (i.a ? [i.a] : []))
  const fromA: Span[] = []
  const fromB: Span[] = []
  for (const { a, b, class: cls, decision } of items) {
    if (cls === 'match' && a) fromA.push(mergedSpan(a, [names.a, names.b]))
    else if (!decision) {
      if (a) fromA.push(a)
    } else {
      if (a && (decision === 'accept_a' || decision === 'keep_both')) fromA.push(mergedSpan(a, [names.a]))
      if (b && (decision === 'accept_b' || decision === 'keep_both')) fromB.push(mergedSpan(b, [names.b]))
    }
  }
  // A's ids stay; a B span whose id A already uses is renamed.
  const taken = new Set<string>()
  return [...withUniqueIds(fromA, taken), ...withUniqueIds(fromB, taken)].sort(compareSpans)
}

/**
 * Moves `current` from the gold `before` to the gold `after` while keeping any
 * edit made by hand in between: spans only `before` had are removed, spans only
 * `after` has are added, everything else is left as it is.
 */
export function applyGoldChange(current: readonly Span[], before: readonly Span[], after: readonly Span[]): Span[] {
  const beforeKeys = new Set(before.map(identity))
  const afterKeys = new Set(after.map(identity))
  const kept = current.filter((s) => afterKeys.has(identity(s)) || !beforeKeys.has(identity(s)))
  const keptKeys = new Set(kept.map(identity))
  const added = after.filter((s) => !beforeKeys.has(identity(s)) && !keptKeys.has(identity(s)))
  const taken = new Set(kept.map((s) => s.id))
  return [...kept, ...withUniqueIds(added, taken)].sort(compareSpans)
}

const identity = (s: Span): string => JSON.stringify(canonicalSpan(s))
