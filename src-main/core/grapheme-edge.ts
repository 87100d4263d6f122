/**
 * Whether a UTF-16 index falls between two grapheme clusters, judged on a small
 * window around it (V8's segmenter slows down on long strings; see safe-breaks.ts).
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
/** Wider than any cluster news text holds (a family emoji is 8 units, a flag 4). */
const WINDOW = 32

export function isGraphemeBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true
  const from = Math.max(0, i - WINDOW)
  const window = text.slice(from, Math.min(text.length, i + WINDOW))
  for (const { index } of segmenter.segment(window)) {
    if (from + index === i) return true
    if (from + index > i) return false
  }
  return false
}
