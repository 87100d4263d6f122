/**
 * The shown suggestions kept up to date as the spans change. A tag changes one span
 * of 10,000: only the suggestions that a span which came or went overlaps are looked
 * at again, not the thousands of a 1 MB document (shown.ts says what is shown).
 */
import type { Suggestion } from '../../src-main/api'
import type { Span } from '../../src-main/core/model/span'
import { compareSpans } from '../../src-main/core/model/span-order'
import { byPlace, coverage, inPlaceOrder, shownSuggestions } from './shown'
import { lowerBound } from '../../src-main/core/lower-bound'

/** More spans than this changed at once (Label all, a reload): every suggestion is looked at again. */
const FEW = 64

export type ShownSuggestions = (all: readonly Suggestion[], spans: readonly Span[], hidden: ReadonlySet<string>) => Suggestion[]

interface Last {
  all: readonly Suggestion[]
  /** all[0..i]'s furthest end; null when `all` is not in place order (then nothing is done by difference). */
  reach: Float64Array | null
  spans: readonly Span[]
  hidden: string
  shown: Suggestion[]
}

/** shownSuggestions with a memory of its last answer; `spans` in docs/format.md's order, as DocumentState keeps them. */
export function trackShownSuggestions(): ShownSuggestions {
  let last: Last | null = null
  return (all, spans, hidden) => {
    const hiddenKey = [...hidden].sort().join('\n')
    const same = last && last.all === all && last.hidden === hiddenKey ? last : null
    const moved = same?.reach ? spansChanged(same.spans, spans) : null
    const shown = same?.reach && moved ? update(same.shown, all, same.reach, spans, new Set(hidden), moved) : shownSuggestions(all, spans, hidden)
    last = { all, reach: same ? same.reach : reachOf(all), spans, hidden: hiddenKey, shown }
    return shown
  }
}

function reachOf(all: readonly Suggestion[]): Float64Array | null {
  if (!inPlaceOrder(all)) return null
  const reach = new Float64Array(all.length)
  let far = 0
  all.forEach((s, i) => (reach[i] = far = Math.max(far, s.end)))
  return reach
}

/** The spans in one list and not in the other (an edited span is a new object), both in order; null when more than FEW. */
function spansChanged(before: readonly Span[], after: readonly Span[]): Span[] | null {
  const out: Span[] = []
  let i = 0
  let j = 0
  while (i < before.length || j < after.length) {
    const a = before[i]
    const b = after[j]
    if (a === b) {
      i++
      j++
      continue
    }
    const order = a === undefined ? 1 : b === undefined ? -1 : compareSpans(a, b)
    if (order <= 0) out.push(before[i++] as Span)
    if (order >= 0) out.push(after[j++] as Span)
    if (out.length > FEW) return null
  }
  return out
}

/** `shown` after `moved` came or went: each suggestion of `all` that one of them overlaps, in or out by shown.ts's rule. */
function update(shown: Suggestion[], all: readonly Suggestion[], reach: Float64Array, spans: readonly Span[], hidden: ReadonlySet<string>, moved: readonly Span[]): Suggestion[] {
  const touched = new Set<Suggestion>()
  for (const m of moved) {
    // Suggestions starting before m ends, back while any of them may still reach into m.
    for (let i = firstFrom(all, m.end) - 1; i >= 0 && (reach[i] as number) > m.start; i--) {
      const s = all[i] as Suggestion
      if (s.label === m.label && s.end > m.start) touched.add(s)
    }
  }
  if (touched.size === 0) return shown
  const covered = coverage(spans)
  let next = shown
  for (const s of touched) {
    const at = placeOf(next, s)
    const there = next[at] === s
    const wanted = !hidden.has(s.label) && !covered(s)
    if (wanted === there) continue
    if (next === shown) next = [...shown]
    if (wanted) next.splice(at, 0, s)
    else next.splice(at, 1)
  }
  return next
}

/** The first index of `all` (in place order) whose suggestion starts at or after `offset`. */
function firstFrom(all: readonly Suggestion[], offset: number): number {
  return lowerBound(all.length, (i) => (all[i] as Suggestion).start < offset)
}

/** Where `s` is or would go in `list` (in place order). */
function placeOf(list: readonly Suggestion[], s: Suggestion): number {
  return lowerBound(list.length, (i) => byPlace(list[i] as Suggestion, s) < 0)
}
