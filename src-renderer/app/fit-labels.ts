/**
 * How many label buttons the toolbar shows: all when they fit, else as many as
 * fit beside the "more" button that holds the rest. Widths in px, measured.
 */
export function labelsThatFit(widths: readonly number[], available: number, moreWidth: number, gap: number): number {
  const all = widths.reduce((sum, w) => sum + w, 0) + gap * Math.max(0, widths.length - 1)
  if (all <= available) return widths.length
  let used = moreWidth
  let shown = 0
  for (const w of widths) {
    if (used + gap + w > available) break
    used += gap + w
    shown++
  }
  return shown
}
