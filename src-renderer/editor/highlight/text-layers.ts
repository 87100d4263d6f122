/**
 * Everything drawn over the text: the spans (one Highlight per label, by
 * difference) and the plain layers above them, in this order of priority.
 */
import { CURSOR_HIGHLIGHT, FIND_CURRENT_HIGHLIGHT, FIND_HIGHLIGHT, FLASH_HIGHLIGHT } from './highlight-names'
import { createPainter, type Painter } from './painter'
import { createRangeLayer, type RangeLayer } from './range-layer'

export interface TextLayers {
  spans: Painter
  find: RangeLayer
  current: RangeLayer
  cursor: RangeLayer
  flash: RangeLayer
  destroy(): void
}

export function createTextLayers(labelIds: readonly string[], toRange: (start: number, end: number) => Range | null): TextLayers {
  const spans = createPainter(labelIds, toRange)
  const base = labelIds.length + 2
  const layers = {
    find: createRangeLayer(FIND_HIGHLIGHT, base, toRange),
    current: createRangeLayer(FIND_CURRENT_HIGHLIGHT, base + 1, toRange),
    cursor: createRangeLayer(CURSOR_HIGHLIGHT, base + 2, toRange),
    flash: createRangeLayer(FLASH_HIGHLIGHT, base + 3, toRange),
  }
  return {
    spans,
    ...layers,
    destroy() {
      spans.destroy()
      for (const layer of Object.values(layers)) layer.destroy()
    },
  }
}
