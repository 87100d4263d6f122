/**
 * The stretch of text whose spans and ghosts get ranges: the paragraphs on screen
 * and a quarter screen either side. Any change to any highlight makes Chromium rebuild
 * and repaint every highlighted paragraph, so a tag costs in proportion to what is
 * highlighted; off screen nothing needs to be. The band moves only when the screen
 * reaches its edge, so scrolling inside it changes no range.
 */
import type { View } from '../highlight/view'

/**
 * The band after a scroll: `current` while it holds all of `seen` (what the screen
 * shows), else `around()` (the screen and its margins). Null when the screen shows no
 * drawn paragraph: then everything drawn is painted until the next look.
 */
export function nextBand(current: View | null, seen: View | null, around: () => View | null): View | null {
  if (!seen) return null
  if (current && current.start <= seen.start && seen.end <= current.end) return current
  return around()
}

/** What the painter draws: the drawn view within the band; the whole view when they do not meet (the window just jumped). */
export function paintedView(view: View, band: View | null): View {
  if (!band) return view
  const start = Math.max(view.start, band.start)
  const end = Math.min(view.end, band.end)
  return start < end ? { start, end } : view
}
