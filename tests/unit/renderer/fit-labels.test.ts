/** The toolbar's label strip: all labels when they fit, else the first ones that fit beside the "more" button. */
import { describe, expect, it } from 'vitest'
import { labelsThatFit } from '../../../src-renderer/app/fit-labels'

describe('labelsThatFit', () => {
  it('shows every label when they fit, with no room kept for the more button', () => {
    expect(labelsThatFit([100, 100, 100], 312, 80, 6)).toBe(3)
  })
  it('keeps room for the more button once one label does not fit', () => {
    // 100 + 6 + 100 + 6 + 100 = 312 > 311; beside an 80 px button only one fits (80 + 6 + 100 + 6 + 100 = 292 ≤ 311 → two).
    expect(labelsThatFit([100, 100, 100], 311, 80, 6)).toBe(2)
    expect(labelsThatFit([100, 100, 100], 200, 80, 6)).toBe(1)
  })
  it('shows none when not even one fits beside the button, and none of no labels', () => {
    expect(labelsThatFit([300, 100], 150, 80, 6)).toBe(0)
    expect(labelsThatFit([], 0, 80, 6)).toBe(0)
  })
})
