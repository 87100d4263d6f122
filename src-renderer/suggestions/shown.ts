/**
 * Which suggestions the window shows: not those of a hidden label, and not one
 * overlapping a span of its own label (an accepted suggestion is such a span, so
 * undoing the accept brings its ghost back without asking the learner again).
 */
import type { Suggestion } from '../../src-main/api'
import type { Span } from '../../src-main/core/model/span'

export const suggestionKey = (s: { start: number; end: number; label: string }): string => `${s.start}:${s.end}:${s.label}`

export const byPlace = (a: Suggestion, b: Suggestion): number => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)

/** `spans` in text order (by start), as DocumentState keeps them; one pass over them, then a short scan per suggestion. */
export function shownSuggestions(suggestions: readonly Suggestion[], spans: readonly Span[], hidden: ReadonlySet<string>): Suggestion[] {
  const wanted = suggestions.filter((s) => !hidden.has(s.label))
  if (wanted.length === 0) return []
  // reach[i]: the furthest end among spans[0..i], so the scan back from a suggestion's end can stop early.
  const reach: number[] = []
  let far = 0
  for (const span of spans) reach.push((far = Math.max(far, span.end)))
  const covered = (s: Suggestion): boolean => {
    let lo = 0
    let hi = spans.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((spans[mid] as Span).start < s.end) lo = mid + 1
      else hi = mid
    }
    for (let i = lo - 1; i >= 0 && (reach[i] as number) > s.start; i--) {
      const span = spans[i] as Span
      if (span.label === s.label && span.end > s.start) return true
    }
    return false
  }
  return wanted.filter((s) => !covered(s)).sort(byPlace)
}
