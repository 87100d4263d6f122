/**
 * Screen point → the code point offset of the character drawn under it, for
 * picking the span an analyst clicked.
 */
import type { OffsetMap } from '../../../src-main/core/offsets'
import { pointToUtf16 } from './paragraphs'

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const p = document.caretPositionFromPoint(x, y)
    return p ? { node: p.offsetNode, offset: p.offset } : null
  }
  const r = document.caretRangeFromPoint(x, y)
  return r ? { node: r.startContainer, offset: r.startOffset } : null
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom
}

/** True when the character after `offset` in `node` is drawn under (x, y). */
function charUnder(node: Node, offset: number, x: number, y: number): boolean {
  if (!(node instanceof Text) || offset < 0 || offset >= node.length) return false
  const range = document.createRange()
  range.setStart(node, offset)
  range.setEnd(node, offset + 1)
  return [...range.getClientRects()].some((rect) => contains(rect, x, y))
}

/** Code point offset of the character under (x, y) inside `root`, or null when there is none. */
export function pointToOffset(root: Element, map: OffsetMap, x: number, y: number): number | null {
  const caret = caretAt(x, y)
  if (!caret || !root.contains(caret.node)) return null
  // The caret sits at the boundary nearest the point: the character is after it or before it.
  const { node, offset } = caret
  const local = charUnder(node, offset, x, y) ? offset : charUnder(node, offset - 1, x, y) ? offset - 1 : null
  if (local === null) return null
  const utf16 = pointToUtf16(root, node, local)
  if (utf16 === null) return null
  try {
    return map.toCodePoint(utf16)
  } catch {
    return map.toCodePoint(utf16 - 1)
  }
}
