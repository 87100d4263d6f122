/**
 * DOM Range → code point offsets [start, end) in the full text. Paragraph start
 * attributes give UTF-16 offsets; src-main/core/offsets.ts converts them.
 */
import type { OffsetMap } from '../../../src-main/core/offsets'
import { pointToUtf16 } from './paragraphs'

export interface TextRange {
  start: number
  end: number
}

/** A boundary outside `root` is clamped to the nearer end of the text. */
function clampedUtf16(root: Element, container: Node, offset: number, textLength: number): number {
  const inside = pointToUtf16(root, container, offset)
  if (inside !== null) return inside
  const position = root.compareDocumentPosition(container)
  return position & Node.DOCUMENT_POSITION_PRECEDING ? 0 : textLength
}

/** Never splits a surrogate pair: a start moves back onto it, an end forward past it. */
function toCodePoint(map: OffsetMap, utf16: number, side: 'start' | 'end'): number {
  try {
    return map.toCodePoint(utf16)
  } catch {
    return map.toCodePoint(side === 'start' ? utf16 - 1 : utf16 + 1)
  }
}

/** Code point offsets of `range` within the text drawn in `root`; null when it does not touch it. */
export function rangeToOffsets(range: Range, root: Element, map: OffsetMap): TextRange | null {
  if (!range.intersectsNode(root)) return null
  const length = map.text.length
  const from = clampedUtf16(root, range.startContainer, range.startOffset, length)
  const to = clampedUtf16(root, range.endContainer, range.endOffset, length)
  if (to <= from) return null
  return { start: toCodePoint(map, from, 'start'), end: toCodePoint(map, to, 'end') }
}
