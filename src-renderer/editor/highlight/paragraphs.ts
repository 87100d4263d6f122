/**
 * The text is drawn as one element per line of the document; each carries the
 * UTF-16 offset of its first character in the full text. These helpers move
 * between a DOM boundary point and a UTF-16 offset in the full text.
 */
import { lowerBound } from '../../../src-main/core/lower-bound'

/** `data-start` on every paragraph element: its UTF-16 start offset in the full text. */
export const PARAGRAPH_START_ATTR = 'data-start'
export const PARAGRAPH_SELECTOR = `[${PARAGRAPH_START_ATTR}]`

export function paragraphStart(el: Element): number {
  return Number(el.getAttribute(PARAGRAPH_START_ATTR))
}

/** The paragraph element holding `node`, or null when it is outside every paragraph of `root`. */
export function paragraphOf(root: Element, node: Node): Element | null {
  const el = node instanceof Element ? node : node.parentElement
  const p = el?.closest(PARAGRAPH_SELECTOR) ?? null
  return p && root.contains(p) ? p : null
}

/** UTF-16 length of the text inside `node` before the boundary point (container, offset). */
function textBefore(node: Node, container: Node, offset: number): number {
  const probe = document.createRange()
  probe.selectNodeContents(node)
  probe.setEnd(container, offset)
  return probe.toString().length
}

/** The UTF-16 offset in the full text of a boundary point inside `root`; null outside it. */
export function pointToUtf16(root: Element, container: Node, offset: number): number | null {
  const p = paragraphOf(root, container)
  if (p) return paragraphStart(p) + textBefore(p, container, offset)
  if (container !== root && !root.contains(container)) return null
  // Between paragraphs (or in an undrawn chunk): the start of the next paragraph, or the end of the last.
  const paragraphs = root.querySelectorAll(PARAGRAPH_SELECTOR)
  const point = document.createRange()
  point.setStart(container, offset)
  const next = paragraphs[lowerBound(paragraphs.length, (i) => point.comparePoint(paragraphs[i] as Element, 0) < 0)]
  if (next) return paragraphStart(next)
  const tail = paragraphs[paragraphs.length - 1]
  return tail ? paragraphStart(tail) + (tail.textContent ?? '').length : 0
}

/** The paragraph whose text contains (or ends at) `utf16`: binary search over the start offsets. */
export function findParagraph(paragraphs: ArrayLike<Element>, utf16: number): Element | null {
  let lo = 0
  let hi = paragraphs.length - 1
  let found: Element | null = null
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const p = paragraphs[mid] as Element
    if (paragraphStart(p) <= utf16) {
      found = p
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** The DOM boundary point at `local` UTF-16 units into paragraph `p` (clamped to its text). */
export function positionIn(p: Element, local: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
  let remaining = Math.max(0, local)
  let last: Text | null = null
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text
    if (remaining <= text.length) return { node: text, offset: remaining }
    remaining -= text.length
    last = text
  }
  return last ? { node: last, offset: last.length } : { node: p, offset: 0 }
}
