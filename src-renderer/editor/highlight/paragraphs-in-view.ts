/** The first drawn paragraph whose text reaches below `top` (a screen y), by binary search. */
import { paragraphStart } from './paragraphs'

export function firstParagraphBelow(paragraphs: ArrayLike<Element>, top: number): number | null {
  let lo = 0
  let hi = paragraphs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((paragraphs[mid] as Element).getBoundingClientRect().bottom <= top) lo = mid + 1
    else hi = mid
  }
  const p = paragraphs[lo]
  return p ? paragraphStart(p) : null
}
