/**
 * Suggestions drawn over the text as ghost spans: one Highlight per label for the
 * sure ones, one per label for those below their threshold (fainter), and one
 * for the current suggestion. Only the drawn view gets ranges, and they change by
 * difference: a tag that hides one ghost removes one Range, it does not redraw
 * the thousands shown.
 */
import type { Suggestion } from '../../src-main/api'
import type { View } from '../editor/highlight/painter'

export const ghostHighlightName = (labelId: string, faint = false): string => `sw-suggest-${labelId}${faint ? '-faint' : ''}`
export const CURRENT_GHOST_HIGHLIGHT = 'sw-suggest-current'

export interface GhostLayer {
  /** Makes the drawn ghosts equal `shown` (in text order) within `view`; `current` is drawn stronger. */
  set(shown: readonly Suggestion[], current: Suggestion | null, sure: (s: Suggestion) => boolean, view: View): void
  /** Forgets every ghost (the text was replaced); the highlights stay registered. */
  clear(): void
  destroy(): void
}

interface Drawn {
  highlight: Highlight
  range: Range
}

/** `priority`: the lowest of the ghost layers' (above the spans, below find hits and the caret). */
export function createGhostLayer(labelIds: readonly string[], priority: number, toRange: (start: number, end: number) => Range | null): GhostLayer {
  const highlights = new Map<string, Highlight>()
  const register = (name: string, p: number): Highlight => {
    const h = new Highlight()
    h.priority = p
    CSS.highlights.set(name, h)
    highlights.set(name, h)
    return h
  }
  for (const id of labelIds) {
    register(ghostHighlightName(id), priority)
    register(ghostHighlightName(id, true), priority)
  }
  register(CURRENT_GHOST_HIGHLIGHT, priority + 1)
  // By layer name and drawn bounds (a ghost clipped at the view's edge is another key once the view moves).
  const drawn = new Map<string, Drawn>()
  const draw = (key: string, highlight: Highlight, start: number, end: number): void => {
    const range = toRange(start, end)
    if (!range) return
    highlight.add(range)
    drawn.set(key, { highlight, range })
  }

  return {
    set(shown, now, sure, view) {
      const wanted = new Map<string, [Highlight, number, number]>()
      const want = (name: string, s: { start: number; end: number }): void => {
        const highlight = highlights.get(name)
        if (!highlight || s.end <= view.start || s.start >= view.end) return
        const start = Math.max(s.start, view.start)
        const end = Math.min(s.end, view.end)
        wanted.set(`${name}:${start}:${end}`, [highlight, start, end])
      }
      for (const s of shown) {
        if (s.start >= view.end) break // in text order: the rest lie past the view
        if (s.end > view.start) want(ghostHighlightName(s.label, !sure(s)), s)
      }
      if (now) want(CURRENT_GHOST_HIGHLIGHT, now)
      for (const [key, d] of drawn) {
        if (wanted.has(key)) continue
        d.highlight.delete(d.range)
        drawn.delete(key)
      }
      for (const [key, [highlight, start, end]] of wanted) if (!drawn.has(key)) draw(key, highlight, start, end)
    },
    clear() {
      for (const h of highlights.values()) h.clear()
      drawn.clear()
    },
    destroy() {
      for (const [name, h] of highlights) {
        h.clear()
        if (CSS.highlights.get(name) === h) CSS.highlights.delete(name)
      }
      drawn.clear()
    },
  }
}
