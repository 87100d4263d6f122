/**
 * docs/format.md's span order: (start, end, label, id). Kept apart from the schemas so
 * the renderer can sort spans without bundling zod.
 */
import { lowerBound } from '../lower-bound'

export interface Ordered {
  start: number
  end: number
  label: string
  id: string
}

export function compareSpans(a: Ordered, b: Ordered): number {
  return a.start - b.start || a.end - b.end || cmp(a.label, b.label) || cmp(a.id, b.id)
}

/** Where `span` goes in `sorted` (spans in that order): the first place whose span is not before it. */
export function spanPosition(sorted: readonly Ordered[], span: Ordered): number {
  return lowerBound(sorted.length, (i) => compareSpans(sorted[i] as Ordered, span) < 0)
}

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0)
