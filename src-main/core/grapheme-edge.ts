/**
 * Whether a UTF-16 index falls between two grapheme clusters, judged on a small
 * window around it (V8's segmenter slows down on long strings; see safe-breaks.ts),
 * so the cost is the same in a 200,000-character run with no break as in prose.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
/**
 * Units looked at each way. Every rule of UAX #29 but two looks at neighbours
 * only; a cluster longer than this (a ZWJ emoji sequence is at most ~11 units, a
 * stack of marks rarely over 10) is what it would take to mislead the window.
 * The other rule, flags (regional indicators pair from the start of their run),
 * is counted exactly below, whatever the run's length.
 */
const WINDOW = 64

/** A regional indicator (U+1F1E6..U+1F1FF) starts at UTF-16 index i. */
const regionalAt = (text: string, i: number): boolean => {
  if (text.charCodeAt(i) !== 0xd83c) return false
  const low = text.charCodeAt(i + 1)
  return low >= 0xdde6 && low <= 0xddff
}

/** Characters that never continue the cluster before them (Latin letters, Vietnamese included, digits, spaces, punctuation). */
const STARTS_CLUSTER = /^[\p{P}\p{Zs}\t\nA-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]/u

export function isGraphemeBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true
  const before = text.charCodeAt(i - 1)
  // The common case without the segmenter: nothing joins these to what precedes (CR LF aside).
  if (before !== 0x200d && !(before === 0x0d && text[i] === '\n') && STARTS_CLUSTER.test(text.slice(i, i + 1))) return true
  if (regionalAt(text, i) && i >= 2 && regionalAt(text, i - 2)) {
    let before = 0
    for (let j = i - 2; j >= 0 && regionalAt(text, j); j -= 2) before++
    return before % 2 === 0
  }
  const from = Math.max(0, i - WINDOW)
  const window = text.slice(from, Math.min(text.length, i + WINDOW))
  for (const { index } of segmenter.segment(window)) {
    if (from + index === i) return true
    if (from + index > i) return false
  }
  return false
}
