/**
 * Where the rows of a long list sit, and which of them are near its viewport, so
 * the list draws only those (5,000 documents are 5,000 rows). Rows come in two
 * heights, measured once drawn: a plain row and a tall one (a damaged document's
 * row has one more line).
 */
import { lowerBound } from '../../src-main/core/lower-bound'

export interface RowHeights {
  readonly plain: number
  readonly tall: number
}

export interface RowLayout {
  readonly count: number
  /** Height of all the rows together, px. */
  readonly total: number
  top(index: number): number
  height(index: number): number
}

/** Rows `start` to `end` (exclusive) are drawn. */
export interface RowRange {
  readonly start: number
  readonly end: number
}

export function layoutRows(tall: readonly boolean[], heights: RowHeights): RowLayout {
  const tops = new Float64Array(tall.length + 1)
  tall.forEach((isTall, i) => (tops[i + 1] = (tops[i] as number) + (isTall ? heights.tall : heights.plain)))
  const top = (index: number): number => tops[Math.max(0, Math.min(tall.length, index))] as number
  return {
    count: tall.length,
    total: top(tall.length),
    top,
    height: (index) => top(index + 1) - top(index),
  }
}

/** The first row whose bottom is below `y` (`count` when none is). */
function firstEndingBelow(layout: RowLayout, y: number): number {
  return lowerBound(layout.count, (i) => layout.top(i + 1) <= y)
}

/** The rows that meet the viewport widened by `margin` px above and below. */
export function rowsNear(layout: RowLayout, scrollTop: number, viewport: number, margin: number): RowRange {
  const start = firstEndingBelow(layout, scrollTop - margin)
  let end = firstEndingBelow(layout, scrollTop + viewport + margin)
  if (end < layout.count && layout.top(end) < scrollTop + viewport + margin) end++
  return { start, end: Math.max(start, end) }
}

/** The scroll position that shows row `index` whole, moving as little as it can (as scrollIntoView's 'nearest'). */
export function scrollToReveal(layout: RowLayout, index: number, scrollTop: number, viewport: number): number {
  const top = layout.top(index)
  const bottom = top + layout.height(index)
  if (top < scrollTop || bottom - top > viewport) return top
  if (bottom > scrollTop + viewport) return bottom - viewport
  return scrollTop
}

/** The rows of `range`, with row `keep` too (a focused row stays drawn when scrolled away), in order. */
export function drawnRows(range: RowRange, keep: number): number[] {
  const rows = Array.from({ length: range.end - range.start }, (_, i) => range.start + i)
  if (keep < 0 || (keep >= range.start && keep < range.end)) return rows
  return keep < range.start ? [keep, ...rows] : [...rows, keep]
}
