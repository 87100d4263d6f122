/**
 * Draws spans with the CSS Custom Highlight API: one Highlight per label plus one
 * for the selected span, registered in CSS.highlights and updated by difference
 * (a Range added or removed per span id). The DOM of the text is never touched.
 */
import { labelHighlightName, SELECTED_HIGHLIGHT } from './highlight-names'
import type { View } from './view'

export interface PaintableSpan {
  id: string
  label: string
  start: number
  end: number
}

export interface Painter {
  /**
   * Makes the drawn spans equal `spans` within `view` (code points; the part of
   * the text that is drawn): adds, removes and moves only what changed. A span
   * reaching outside the view is drawn up to its edge.
   */
  sync(spans: readonly PaintableSpan[], view?: View): void
  /** Marks one span as selected (null: none). */
  select(id: string | null): void
  /** The live Range drawn for a span, e.g. to scroll it into view. */
  rangeOf(id: string): Range | null
  /** Forgets every span (the text was replaced); the highlights stay registered. */
  clear(): void
  /** Unregisters every highlight. */
  destroy(): void
}

export type { View } from './view'

interface Drawn {
  span: PaintableSpan
  range: Range
}

export function createPainter(labelIds: readonly string[], toRange: (start: number, end: number) => Range | null): Painter {
  const registry = CSS.highlights
  const byLabel = new Map<string, Highlight>()
  labelIds.forEach((id, i) => {
    const h = new Highlight()
    h.priority = i + 1
    byLabel.set(id, h)
    registry.set(labelHighlightName(id), h)
  })
  const selected = new Highlight()
  selected.priority = labelIds.length + 1
  registry.set(SELECTED_HIGHLIGHT, selected)

  const drawn = new Map<string, Drawn>()
  let selectedId: string | null = null

  const erase = (id: string): void => {
    const d = drawn.get(id)
    if (!d) return
    byLabel.get(d.span.label)?.delete(d.range)
    drawn.delete(id)
  }
  const draw = (span: PaintableSpan): void => {
    const range = toRange(span.start, span.end)
    if (!range) return
    byLabel.get(span.label)?.add(range)
    drawn.set(span.id, { span: { ...span }, range })
  }
  const paintSelection = (): void => {
    selected.clear()
    const d = selectedId ? drawn.get(selectedId) : undefined
    if (d) selected.add(d.range)
  }

  return {
    sync(spans, view = { start: 0, end: Infinity }) {
      const wanted = new Map<string, PaintableSpan>()
      for (const s of spans) {
        if (s.start >= view.end) break // sorted by start: the rest lie past the view
        if (s.end <= view.start) continue
        wanted.set(s.id, { id: s.id, label: s.label, start: Math.max(s.start, view.start), end: Math.min(s.end, view.end) })
      }
      for (const [id, d] of drawn) {
        const w = wanted.get(id)
        if (!w || w.label !== d.span.label || w.start !== d.span.start || w.end !== d.span.end) erase(id)
      }
      for (const s of wanted.values()) if (!drawn.has(s.id)) draw(s)
      paintSelection()
    },
    select(id) {
      selectedId = id
      paintSelection()
    },
    rangeOf: (id) => drawn.get(id)?.range ?? null,
    clear() {
      for (const h of byLabel.values()) h.clear()
      drawn.clear()
      paintSelection()
    },
    destroy() {
      for (const id of byLabel.keys()) registry.delete(labelHighlightName(id))
      registry.delete(SELECTED_HIGHLIGHT)
      drawn.clear()
    },
  }
}
