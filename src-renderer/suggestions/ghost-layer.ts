/**
 * Suggestions drawn over the text as ghost spans: one Highlight per label for the
 * sure ones, one per label for those below their threshold (fainter), and one
 * for the current suggestion. Each is a range layer, so only the drawn view gets ranges.
 */
import type { Suggestion } from '../../src-main/api'
import type { View } from '../editor/highlight/painter'
import { createRangeLayer, type RangeLayer } from '../editor/highlight/range-layer'

export const ghostHighlightName = (labelId: string, faint = false): string => `sw-suggest-${labelId}${faint ? '-faint' : ''}`
export const CURRENT_GHOST_HIGHLIGHT = 'sw-suggest-current'

export interface GhostLayer {
  set(shown: readonly Suggestion[], current: Suggestion | null, sure: (s: Suggestion) => boolean, view: View): void
  destroy(): void
}

type Ranges = Array<readonly [number, number]>

/** `priority`: the lowest of the ghost layers' (above the spans, below find hits and the caret). */
export function createGhostLayer(labelIds: readonly string[], priority: number, toRange: (start: number, end: number) => Range | null): GhostLayer {
  const layers = new Map<string, RangeLayer>()
  for (const id of labelIds) {
    layers.set(ghostHighlightName(id), createRangeLayer(ghostHighlightName(id), priority, toRange))
    layers.set(ghostHighlightName(id, true), createRangeLayer(ghostHighlightName(id, true), priority, toRange))
  }
  const current = createRangeLayer(CURRENT_GHOST_HIGHLIGHT, priority + 1, toRange)
  return {
    set(shown, now, sure, view) {
      const byLayer = new Map<string, Ranges>()
      // `shown` is in text order, so each layer's ranges are too (range-layer.ts searches them).
      for (const s of shown) {
        const name = ghostHighlightName(s.label, !sure(s))
        const ranges = byLayer.get(name)
        if (ranges) ranges.push([s.start, s.end])
        else byLayer.set(name, [[s.start, s.end]])
      }
      for (const [name, layer] of layers) layer.set(byLayer.get(name) ?? [], view)
      current.set(now ? [[now.start, now.end]] : [], view)
    },
    destroy() {
      for (const layer of layers.values()) layer.destroy()
      current.destroy()
    },
  }
}
