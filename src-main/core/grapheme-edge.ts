/**
 * Whether a UTF-16 index falls between two grapheme clusters, judged on a small
 * window around it (V8's segmenter slows down on long strings; see safe-breaks.ts).
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
/** Wider than any cluster news text holds (a family emoji is 8 units, a flag 4). */
const WINDOW = 32

/** Characters that never continue the cluster before them (Latin letters, Vietnamese included, digits, spaces, punctuation). */
const STARTS_CLUSTER = /^[\p{P}\p{Zs}\t\nA-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]/u

export function isGraphemeBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true
  const before = text.charCodeAt(i - 1)
  // The common case without the segmenter: nothing joins these to what precedes (CR LF aside).
  if (before !== 0x200d && !(before === 0x0d && text[i] === '\n') && STARTS_CLUSTER.test(text.slice(i, i + 1))) return true
  const from = Math.max(0, i - WINDOW)
  const window = text.slice(from, Math.min(text.length, i + WINDOW))
  for (const { index } of segmenter.segment(window)) {
    if (from + index === i) return true
    if (from + index > i) return false
  }
  return false
}
