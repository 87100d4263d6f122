// @vitest-environment jsdom
/**
 * Review mode's state (review/review-state.svelte.ts): the differences of the
 * open document, the current one, and the undecided count kept up to date as
 * decisions come back from the service.
 */
import { describe, expect, it } from 'vitest'
import type { ReviewComparison, ReviewDocumentView, ReviewItemView } from '../../../../src-main/api'
import { ReviewState } from '../../../../src-renderer/review/review-state.svelte'

const item = (key: string, cls: ReviewItemView['class']): ReviewItemView => ({ key, class: cls, a: null, b: null, decision: null })
const view = (id: string, items: ReviewItemView[], pending: number): ReviewDocumentView => ({ id, items, pending }) as unknown as ReviewDocumentView
const comparison = (): ReviewComparison =>
  ({
    documents: [
      { id: 'd1', pending: 2 },
      { id: 'd2', pending: 3 },
    ],
  }) as unknown as ReviewComparison

describe('ReviewState', () => {
  it('opens a comparison with nothing shown, and lists the open document’s differences without its matches', () => {
    const state = new ReviewState()
    expect(state.open).toBe(false)
    state.start(comparison(), 'differences')
    expect([state.open, state.view, state.pendingTotal]).toEqual([true, null, 5])
    state.show(view('d1', [item('m', 'match'), item('r', 'relabel'), item('o', 'only_b')], 2), 'r')
    expect(state.differences.map((d) => d.key)).toEqual(['r', 'o'])
    expect([state.current?.key, state.currentIndex, state.revealRequest]).toEqual(['r', 0, { key: 'r' }])
  })

  it('takes as current only a key that is a difference', () => {
    const state = new ReviewState()
    state.start(comparison(), 'differences')
    state.show(view('d1', [item('m', 'match'), item('r', 'relabel')], 2), 'm')
    expect([state.currentKey, state.currentIndex]).toEqual([null, -1])
  })

  it('keeps the undecided count of each document as decisions are saved, and forgets all on close', () => {
    const state = new ReviewState()
    state.start(comparison(), 'agreement')
    state.show(view('d1', [item('r', 'relabel')], 2), 'r')
    state.update(view('d1', [item('r', 'relabel')], 1))
    state.update(view('d2', [], 0))
    expect(state.pendingTotal).toBe(1)
    expect(state.tab).toBe('agreement')
    state.close()
    expect([state.open, state.view, state.currentKey, state.pendingTotal]).toEqual([false, null, null, 0])
  })
})
