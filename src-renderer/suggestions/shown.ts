/**
 * Which suggestions the window shows: not those of a hidden label, and not one
 * overlapping a span of its own label (an accepted suggestion is such a span, so
 * undoing the accept brings its ghost back without asking the learner again).
 */
import type { Suggestion } from '../../src-main/api'
import type { Span } from '../../src-main/core/model/span'
import { lowerBound } from '../../src-main/core/lower-bound'

export const suggestionKey = (s: { start: number; end: number; label: string }): string => `${s.start}:${s.end}:${s.label}`

export const byPlace = (a: Suggestion, b: Suggestion): number => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)

/** `spans` in text order (by start), as DocumentState keeps them; one pass over them, then a short scan per suggestion. */
export function shownSuggestions(suggestions: readonly Suggestion[], spans: readonly Span[], hidden: ReadonlySet<string>): Suggestion[] {
  // A plain set: a reactive one (SvelteSet) would track each of its thousands of reads.
  const hide = new Set(hidden)
  const wanted = suggestions.filter((s) => !hide.has(s.label))
  if (wanted.length === 0) return []
  const covered = coverage(spans)
  const shown = wanted.filter((s) => !covered(s))
  // Usually in order already (the state keeps them so): sorted only when not.
  return inPlaceOrder(shown) ? shown : shown.sort(byPlace)
}

export const inPlaceOrder = (list: readonly Suggestion[]): boolean => list.every((s, i) => i === 0 || byPlace(list[i - 1] as Suggestion, s) <= 0)

/** Whether a span of a suggestion's own label overlaps it; `spans` in text order (by start). */
export function coverage(spans: readonly Span[]): (s: { start: number; end: number; label: string }) => boolean {
  // reach[i]: the furthest end among spans[0..i], so the scan back from a suggestion's end can stop early.
  const reach = new Float64Array(spans.length)
  let far = 0
  spans.forEach((span, i) => (reach[i] = far = Math.max(far, span.end)))
  return (s) => {
    const after = lowerBound(spans.length, (i) => (spans[i] as Span).start < s.end)
    for (let i = after - 1; i >= 0 && (reach[i] as number) > s.start; i--) {
      const span = spans[i] as Span
      if (span.label === s.label && span.end > s.start) return true
    }
    return false
  }
}
