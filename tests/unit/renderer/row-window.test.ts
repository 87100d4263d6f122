import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { drawnRows, layoutRows, rowsNear, scrollToReveal } from '../../../src-renderer/sidebar/row-window'

const HEIGHTS = { plain: 60, tall: 80 }

describe('layoutRows', () => {
  it('stacks plain and tall rows one after another', () => {
    const layout = layoutRows([false, true, false], HEIGHTS)
    expect([0, 1, 2, 3].map((i) => layout.top(i))).toEqual([0, 60, 140, 200])
    expect([0, 1, 2].map((i) => layout.height(i))).toEqual([60, 80, 60])
    expect(layout.total).toBe(200)
    expect(layout.count).toBe(3)
  })

  it('lays out 5,000 rows to the same total as adding their heights', () => {
    const tall = Array.from({ length: 5000 }, (_, i) => i % 97 === 0)
    expect(layoutRows(tall, HEIGHTS).total).toBe(tall.reduce((sum, t) => sum + (t ? 80 : 60), 0))
  })
})

describe('rowsNear', () => {
  it('draws only the rows within a screen of a viewport deep in 5,000 rows', () => {
    const layout = layoutRows(new Array<boolean>(5000).fill(false), HEIGHTS)
    // Viewport 600 px at row 2,000; a screen above and below: rows 1,990 to 2,019.
    expect(rowsNear(layout, 2000 * 60, 600, 600)).toEqual({ start: 1990, end: 2020 })
    expect(rowsNear(layout, 0, 600, 600)).toEqual({ start: 0, end: 20 })
    expect(rowsNear(layout, layout.total - 600, 600, 600)).toEqual({ start: 4980, end: 5000 })
  })

  it('draws nothing for no rows, and everything for a short list', () => {
    expect(rowsNear(layoutRows([], HEIGHTS), 0, 600, 600)).toEqual({ start: 0, end: 0 })
    expect(rowsNear(layoutRows([false, true, false], HEIGHTS), 0, 600, 600)).toEqual({ start: 0, end: 3 })
  })

  it('draws exactly the rows that meet the widened viewport, for any mix of rows and scroll position', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 200 }), fc.nat(20_000), fc.integer({ min: 1, max: 900 }), fc.nat(900), (tall, scrollTop, viewport, margin) => {
        const layout = layoutRows(tall, HEIGHTS)
        const { start, end } = rowsNear(layout, scrollTop, viewport, margin)
        const meets = tall.map((_, i) => layout.top(i) + layout.height(i) > scrollTop - margin && layout.top(i) < scrollTop + viewport + margin)
        const expected = meets.flatMap((m, i) => (m ? [i] : []))
        expect(Array.from({ length: end - start }, (_, i) => start + i)).toEqual(expected)
      }),
    )
  })
})

describe('scrollToReveal', () => {
  const layout = layoutRows(new Array<boolean>(100).fill(false), HEIGHTS)

  it('leaves the scroll alone when the row is already in view', () => {
    expect(scrollToReveal(layout, 5, 0, 600)).toBe(0)
  })

  it('scrolls a row above the view to its top, and a row below so its bottom meets the view’s', () => {
    expect(scrollToReveal(layout, 3, 1000, 600)).toBe(180)
    expect(scrollToReveal(layout, 99, 0, 600)).toBe(100 * 60 - 600)
  })

  it('shows the whole of any row, for any scroll position and viewport at least a row high', () => {
    fc.assert(
      fc.property(fc.nat(99), fc.nat(6000), fc.integer({ min: 60, max: 900 }), (index, scrollTop, viewport) => {
        const at = scrollToReveal(layout, index, scrollTop, viewport)
        expect(layout.top(index)).toBeGreaterThanOrEqual(at)
        expect(layout.top(index) + layout.height(index)).toBeLessThanOrEqual(at + viewport)
      }),
    )
  })
})

describe('drawnRows', () => {
  it('adds a focused row scrolled out of the range, keeping the rows in order', () => {
    expect(drawnRows({ start: 10, end: 13 }, 2)).toEqual([2, 10, 11, 12])
    expect(drawnRows({ start: 10, end: 13 }, 40)).toEqual([10, 11, 12, 40])
    expect(drawnRows({ start: 10, end: 13 }, 11)).toEqual([10, 11, 12])
    expect(drawnRows({ start: 10, end: 13 }, -1)).toEqual([10, 11, 12])
  })
})
