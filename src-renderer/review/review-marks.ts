/**
 * How Review mode marks the text: one mark per difference class, one for a
 * difference already decided and one for the current difference. Each has its
 * own line style as well as its own colour, so colour is never the only cue.
 */
import type { DiffClass } from '../../src-main/api'
import { DIFF_CLASSES } from '../../src-main/core/compare/types'

export type ReviewMark = DiffClass | 'decided'
export const REVIEW_MARKS: readonly ReviewMark[] = [...DIFF_CLASSES, 'decided']

export interface MarkLine {
  style: 'solid' | 'double' | 'wavy' | 'dotted' | 'dashed'
  thickness: string
}

export const MARK_LINES: Readonly<Record<ReviewMark, MarkLine>> = {
  match: { style: 'solid', thickness: '1px' },
  relabel: { style: 'double', thickness: '1px' },
  boundary: { style: 'wavy', thickness: '1.5px' },
  only_a: { style: 'dotted', thickness: '2.5px' },
  only_b: { style: 'dashed', thickness: '2px' },
  decided: { style: 'solid', thickness: '1px' },
}

/** Later marks are drawn over earlier ones where spans overlap. */
export const MARK_PRIORITY: Readonly<Record<ReviewMark, number>> = { match: 1, decided: 2, boundary: 3, relabel: 4, only_a: 5, only_b: 6 }

export const markHighlightName = (mark: ReviewMark): string => `sw-review-${mark}`
export const CURRENT_HIGHLIGHT = 'sw-review-current'
