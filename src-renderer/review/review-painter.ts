/**
 * Draws a document's review items with the CSS Custom Highlight API: one
 * Highlight per mark (each difference class, "decided") and one for the current
 * difference. Updated by difference: an item's Ranges are made once and only
 * move between Highlights when its decision changes.
 */
import type { ReviewItemView } from '../../src-main/api'
import { CURRENT_HIGHLIGHT, MARK_PRIORITY, markHighlightName, REVIEW_MARKS, type ReviewMark } from './review-marks'

export interface ReviewPainter {
  /** Makes the drawn items equal `items` (same document). */
  sync(items: readonly ReviewItemView[]): void
  /** Marks the current difference (null: none). */
  setCurrent(key: string | null): void
  /** The Ranges drawn for an item (one, or A's and B's extents), e.g. to scroll to. */
  rangesOf(key: string): readonly Range[]
  /** Forgets every item (the text was replaced); the highlights stay registered. */
  clear(): void
  destroy(): void
}

interface Drawn {
  mark: ReviewMark
  ranges: Range[]
}

export const markOf = (item: ReviewItemView): ReviewMark => (item.decision ? 'decided' : item.class)

/** A's and B's extents; one when they are the same. */
export function extentsOf(item: ReviewItemView): Array<{ start: number; end: number }> {
  const sides = [item.a, item.b].filter((s) => s !== null)
  const [first, second] = sides
  if (first && second && (first.start !== second.start || first.end !== second.end)) return [first, second]
  return first ? [first] : []
}

export function createReviewPainter(toRange: (start: number, end: number) => Range | null): ReviewPainter {
  const registry = CSS.highlights
  const byMark = new Map<ReviewMark, Highlight>()
  for (const mark of REVIEW_MARKS) {
    const h = new Highlight()
    h.priority = MARK_PRIORITY[mark]
    byMark.set(mark, h)
    registry.set(markHighlightName(mark), h)
  }
  const current = new Highlight()
  current.priority = 10
  registry.set(CURRENT_HIGHLIGHT, current)

  const drawn = new Map<string, Drawn>()
  let currentKey: string | null = null

  const paintCurrent = (): void => {
    current.clear()
    const ranges = currentKey ? (drawn.get(currentKey)?.ranges ?? []) : []
    for (const r of ranges) current.add(r)
  }
  const move = (d: Drawn, mark: ReviewMark): void => {
    for (const r of d.ranges) byMark.get(d.mark)?.delete(r)
    d.mark = mark
    for (const r of d.ranges) byMark.get(mark)?.add(r)
  }

  return {
    sync(items) {
      const wanted = new Set(items.map((i) => i.key))
      for (const [key, d] of drawn) {
        if (wanted.has(key)) continue
        for (const r of d.ranges) byMark.get(d.mark)?.delete(r)
        drawn.delete(key)
      }
      for (const item of items) {
        const mark = markOf(item)
        const d = drawn.get(item.key)
        if (d) {
          if (d.mark !== mark) move(d, mark)
          continue
        }
        const ranges = extentsOf(item).flatMap(({ start, end }) => toRange(start, end) ?? [])
        for (const r of ranges) byMark.get(mark)?.add(r)
        drawn.set(item.key, { mark, ranges })
      }
      paintCurrent()
    },
    setCurrent(key) {
      currentKey = key
      paintCurrent()
    },
    rangesOf: (key) => drawn.get(key)?.ranges ?? [],
    clear() {
      for (const h of byMark.values()) h.clear()
      drawn.clear()
      paintCurrent()
    },
    destroy() {
      for (const mark of REVIEW_MARKS) registry.delete(markHighlightName(mark))
      registry.delete(CURRENT_HIGHLIGHT)
      drawn.clear()
    },
  }
}
