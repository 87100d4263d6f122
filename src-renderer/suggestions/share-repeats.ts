/**
 * A long document's suggestions repeat a few labels and reasons thousands of times,
 * and each arrives as its own copy (JSON and structured clone alike): 6,400 of them
 * held ~650 kB of the window's heap in equal strings, reason objects and arrays.
 * Here they share one copy of each. Reasons are never changed after arrival; the
 * shared arrays are frozen so a write would fail loudly.
 */
import type { Suggestion, SuggestionReason } from '../../src-main/api'

const reasonKey = (r: SuggestionReason): string => (r.kind === 'rule' ? `rule ${r.rule}` : r.kind === 'memory' ? `memory ${r.seen}` : r.kind)

/** Makes `suggestions` share equal labels and reason lists; changes them in place (the window's own copy, just arrived) and returns them. */
export function shareRepeats<T extends Suggestion>(suggestions: T[]): T[] {
  const labels = new Map<string, string>()
  const reasons = new Map<string, SuggestionReason[]>()
  for (const s of suggestions) {
    const label = labels.get(s.label)
    if (label === undefined) labels.set(s.label, s.label)
    else s.label = label
    const key = s.reasons.map(reasonKey).join('\n')
    const shared = reasons.get(key)
    if (shared) s.reasons = shared
    else {
      for (const r of s.reasons) Object.freeze(r)
      Object.freeze(s.reasons)
      reasons.set(key, s.reasons)
    }
  }
  return suggestions
}
