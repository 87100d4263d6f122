// @vitest-environment jsdom
/** The open document's suggestions (suggestions/suggestions.svelte.ts), as N, P, A, X, Shift+A and the toggles use them. */
import { flushSync } from 'svelte'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Suggestion } from '../../../../src-main/api'
import type { Span } from '../../../../src-main/core/model/span'
import { SuggestionsState } from '../../../../src-renderer/suggestions/suggestions.svelte'

const suggestion = (start: number, end: number, label: string, score = 0.8): Suggestion => ({
  start,
  end,
  label,
  text: `t${start}`,
  score,
  reasons: [{ kind: 'model' }],
})
const span = (start: number, end: number, label: string): Span => ({ id: `s${start}`, start, end, label, text: '', attributes: {}, origin: 'manual' }) as unknown as Span

const A = suggestion(0, 5, 'figure')
const B = suggestion(10, 20, 'commitment', 0.4)
const C = suggestion(30, 35, 'figure', 0.6)

function setup(spans: Span[] = []): { state: SuggestionsState; setSpans(next: Span[]): void } {
  let current = $state.raw(spans)
  const state = new SuggestionsState(() => current)
  state.start('d1')
  state.load({ docId: 'd1', suggestions: [C, A, B], thresholds: { commitment: 0.5 } })
  return { state, setSpans: (next) => (current = next) }
}

beforeEach(() => localStorage.clear())

describe('SuggestionsState', () => {
  it('shows suggestions in text order and steps through them with N and P, wrapping', () => {
    const { state } = setup()
    expect(state.shown).toEqual([A, B, C])
    expect(state.step(1)).toBe(A)
    expect(state.step(1)).toBe(B)
    expect(state.step(-1)).toBe(A)
    expect(state.step(-1)).toBe(C)
    expect(state.current).toBe(C)
  })

  it('holds one copy of a reason list that many suggestions repeat', () => {
    const state = new SuggestionsState(() => [])
    state.start('d1')
    const sent = JSON.parse(JSON.stringify([A, B, C])) as Suggestion[]
    state.load({ docId: 'd1', suggestions: sent, thresholds: {} })
    const [a, b, c] = state.shown as [Suggestion, Suggestion, Suggestion]
    expect(b.reasons).toBe(a.reasons)
    expect(c.reasons).toBe(a.reasons)
    expect(state.shown).toEqual([A, B, C])
  })

  it('starts from the offset in view when none is current', () => {
    expect(setup().state.step(1, 8)).toBe(B)
    expect(setup().state.step(-1, 8)).toBe(A)
  })

  it('takes thresholds per label, the default for others: Shift+A leaves those below', () => {
    const { state } = setup()
    expect(state.shown.filter((s) => state.sure(s))).toEqual([A, C])
  })

  it('hides a suggestion overlapping a span of its label (an accept), and shows it again when the span goes (undo)', () => {
    const { state, setSpans } = setup()
    state.setCurrent(A)
    setSpans([span(2, 4, 'figure'), span(10, 20, 'figure')])
    flushSync()
    expect(state.shown).toEqual([B, C]) // a span of another label does not hide B
    expect(state.current).toBeNull()
    setSpans([])
    flushSync()
    expect(state.shown).toEqual([A, B, C])
  })

  it('after an accept or a reject, the next suggestion becomes current; a restored one comes back current', () => {
    const { state } = setup()
    state.setCurrent(B)
    state.drop(B)
    expect(state.shown).toEqual([A, C])
    expect(state.current).toBe(C)
    state.drop(C)
    expect(state.current).toBe(A)
    state.restore(B)
    expect(state.shown).toEqual([A, B])
    expect(state.current).toBe(B)
  })

  it('hides a label’s suggestions from view and from N, and remembers the choice', () => {
    const { state } = setup()
    state.toggleLabel('figure')
    expect(state.shown).toEqual([B])
    expect(state.step(1)).toBe(B)
    expect(state.step(1)).toBe(B)
    expect([...setup().state.hidden]).toEqual(['figure'])
    state.toggleLabel('figure')
    expect(setup().state.shown).toEqual([A, B, C])
  })

  it('drops the last document’s suggestions at once and ignores an answer for another document', () => {
    const { state } = setup()
    state.start('d2')
    expect(state.shown).toEqual([])
    expect(state.loading).toBe(true)
    state.load({ docId: 'd1', suggestions: [A], thresholds: {} })
    expect(state.shown).toEqual([])
    state.load({ docId: 'd2', suggestions: [A], thresholds: {} })
    expect(state.shown).toEqual([A])
    expect(state.loading).toBe(false)
  })
})
