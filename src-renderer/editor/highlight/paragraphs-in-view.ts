/** The first drawn paragraph whose text reaches below `top` (a screen y), by binary search. */
import { paragraphStart } from './paragraphs'
import { lowerBound } from '../../../src-main/core/lower-bound'

export function firstParagraphBelow(paragraphs: ArrayLike<Element>, top: number): number | null {
  const p = paragraphs[lowerBound(paragraphs.length, (i) => (paragraphs[i] as Element).getBoundingClientRect().bottom <= top)]
  return p ? paragraphStart(p) : null
}
