/** The shown suggestions kept by difference (suggestions/shown-tracker.ts) are those computed whole (shown.ts), edit after edit. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Suggestion } from '../../../../src-main/api'
import type { Span } from '../../../../src-main/core/model/span'
import { compareSpans } from '../../../../src-main/core/model/span-order'
import { byPlace, shownSuggestions } from '../../../../src-renderer/suggestions/shown'
import { trackShownSuggestions } from '../../../../src-renderer/suggestions/shown-tracker'

const LABELS = ['commitment', 'agreement', 'figure'] as const
const place = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 30 }), fc.constantFrom(...LABELS))
const suggestionsOf = (places: Array<[number, number, string]>): Suggestion[] => {
  const seen = new Set<string>()
  return places
    .map(([start, length, label]) => ({ start, end: start + length, label, text: '', score: 0.5, reasons: [] }) as Suggestion)
    .filter((s) => !seen.has(`${s.start}:${s.end}:${s.label}`) && seen.add(`${s.start}:${s.end}:${s.label}`))
    .sort(byPlace)
}
let ids = 0
const spanAt = ([start, length, label]: [number, number, string]): Span => ({ id: `s${ids++}`, start, end: start + length, label }) as unknown as Span

// One step on the spans: add one, remove one, relabel or move one (a new object), or many at once (Label all).
const step = fc.oneof(
  fc.record({ op: fc.constant('add' as const), place }),
  fc.record({ op: fc.constant('remove' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('change' as const), i: fc.nat(), place }),
  fc.record({ op: fc.constant('many' as const), places: fc.array(place, { minLength: 60, maxLength: 90 }) }),
)

describe('shown suggestions by difference', () => {
  it('equal those computed whole after any run of span edits, label toggles and new suggestions', () => {
    fc.assert(
      fc.property(fc.array(place, { maxLength: 80 }), fc.array(place, { maxLength: 40 }), fc.array(fc.oneof(step, fc.constant({ op: 'hide' as const }), fc.constant({ op: 'reload' as const })), { maxLength: 25 }), (suggestionPlaces, spanPlaces, steps) => {
        const track = trackShownSuggestions()
        let all = suggestionsOf(suggestionPlaces)
        let spans = spanPlaces.map(spanAt).sort(compareSpans)
        let hidden = new Set<string>()
        expect(track(all, spans, hidden)).toEqual(shownSuggestions(all, spans, hidden))
        for (const s of steps) {
          const pick = (i: number): Span | undefined => spans[i % Math.max(1, spans.length)]
          if (s.op === 'add') spans = [...spans, spanAt(s.place)].sort(compareSpans)
          else if (s.op === 'remove') spans = spans.filter((x) => x !== pick(s.i))
          else if (s.op === 'change') {
            const old = pick(s.i)
            if (old) spans = [...spans.filter((x) => x !== old), { ...spanAt(s.place), id: old.id }].sort(compareSpans)
          } else if (s.op === 'many') spans = [...spans, ...s.places.map(spanAt)].sort(compareSpans)
          else if (s.op === 'hide') hidden = new Set(hidden.has('figure') ? [] : ['figure'])
          else all = all.filter((_, i) => i % 3 !== 0)
          const got = track(all, spans, hidden)
          expect(got).toEqual(shownSuggestions(all, spans, hidden))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('answers a one-span edit by looking at the suggestions it overlaps, not all 6,000', () => {
    let looked = 0
    // Every read of a suggestion's label is counted: computing the shown list whole reads all of them.
    const all = suggestionsOf(Array.from({ length: 6000 }, (_, i) => [i * 10, 5, LABELS[i % 3] as string] as [number, number, string])).map(
      (s) => new Proxy(s, { get: (t, k) => ((k === 'label' && looked++), Reflect.get(t, k)) }),
    )
    const spans = Array.from({ length: 3000 }, (_, i) => spanAt([i * 20 + 1, 3, LABELS[(i + 1) % 3] as string])).sort(compareSpans)
    const track = trackShownSuggestions()
    const before = track(all, spans, new Set())
    const target = before[100] as Suggestion
    looked = 0
    // A tag over a shown suggestion: its ghost goes, the others stay, the same objects in the same order.
    const tagged = [...spans, spanAt([target.start, target.end - target.start, target.label])].sort(compareSpans)
    const after = track(all, tagged, new Set())
    expect(looked).toBeLessThan(20)
    expect(after).toEqual(before.filter((s) => s !== target))
    expect(after).toEqual(shownSuggestions(all, tagged, new Set()))
  })
})
