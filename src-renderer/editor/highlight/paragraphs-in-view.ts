/** Which drawn paragraphs a stretch of the screen shows, by binary search over their boxes. */
import { paragraphStart } from './paragraphs'
import { lowerBound } from '../../../src-main/core/lower-bound'

const box = (paragraphs: ArrayLike<Element>, i: number): DOMRect => (paragraphs[i] as Element).getBoundingClientRect()

/** The first drawn paragraph whose text reaches below `top` (a screen y). */
export function firstParagraphBelow(paragraphs: ArrayLike<Element>, top: number): number | null {
  const p = paragraphs[lowerBound(paragraphs.length, (i) => box(paragraphs, i).bottom <= top)]
  return p ? paragraphStart(p) : null
}

/**
 * UTF-16 [start, end) of the drawn paragraphs that reach into the screen's rows
 * [top, bottom), whole; null when none does (the rows fall on an undrawn stretch).
 */
export function paragraphsBetween(paragraphs: ArrayLike<Element>, top: number, bottom: number): [number, number] | null {
  const first = lowerBound(paragraphs.length, (i) => box(paragraphs, i).bottom <= top)
  const end = lowerBound(paragraphs.length, (i) => box(paragraphs, i).top < bottom)
  const a = paragraphs[first]
  const b = paragraphs[end - 1]
  if (!a || !b || end <= first) return null
  return [paragraphStart(a), paragraphStart(b) + (b.textContent ?? '').length]
}
