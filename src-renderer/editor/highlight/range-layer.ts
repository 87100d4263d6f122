/**
 * A Highlight for plain stretches of text that are not spans: find hits, the
 * current hit, the keyboard caret, the flash of a span picked in the panel.
 * Redrawn whole on each change; only the part inside the drawn view gets ranges.
 */
import type { View } from './painter'
import { lowerBound } from '../../../src-main/core/lower-bound'

export interface RangeLayer {
  /** `ranges`: [start, end) in code points, sorted and not overlapping. */
  set(ranges: ReadonlyArray<readonly [number, number]>, view: View): void
  destroy(): void
}

export function createRangeLayer(name: string, priority: number, toRange: (start: number, end: number) => Range | null): RangeLayer {
  const highlight = new Highlight()
  highlight.priority = priority
  CSS.highlights.set(name, highlight)
  return {
    set(ranges, view) {
      highlight.clear()
      // First range ending inside the view, by binary search: find hits may be thousands.
      const first = lowerBound(ranges.length, (i) => (ranges[i] as readonly [number, number])[1] <= view.start)
      for (let i = first; i < ranges.length; i++) {
        const [s, e] = ranges[i] as readonly [number, number]
        if (s >= view.end) break
        const range = toRange(Math.max(s, view.start), Math.min(e, view.end))
        if (range) highlight.add(range)
      }
    },
    destroy() {
      highlight.clear()
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name)
    },
  }
}
