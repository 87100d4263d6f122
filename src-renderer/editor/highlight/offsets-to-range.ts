/**
 * Code point offsets [start, end) → a DOM Range over the paragraphs drawn in
 * `root`; the reverse of range-to-offsets.ts.
 */
import type { OffsetMap } from '../../../src-main/core/offsets'
import { findParagraph, paragraphStart, positionIn, PARAGRAPH_SELECTOR } from './paragraphs'

/**
 * A live Range for the span, or null when its text is not drawn (out of range, or
 * not rendered). `paragraphs`: the drawn paragraph elements in order, when known.
 */
export function offsetsToRange(
  root: Element,
  map: OffsetMap,
  start: number,
  end: number,
  paragraphs: ArrayLike<Element> = root.querySelectorAll(PARAGRAPH_SELECTOR),
): Range | null {
  if (start < 0 || end > map.length || start > end) return null
  const from = map.toUtf16(start)
  const to = map.toUtf16(end)
  const first = findParagraph(paragraphs, from)
  const last = findParagraph(paragraphs, to)
  if (!first || !last) return null
  const a = positionIn(first, from - paragraphStart(first))
  const b = positionIn(last, to - paragraphStart(last))
  const range = document.createRange()
  range.setStart(a.node, a.offset)
  range.setEnd(b.node, b.offset)
  return range
}
