/**
 * Review mode's keys: one key per decision, n/p to step, Ctrl+Z/Ctrl+Shift+Z to
 * undo and redo. The same table labels the buttons, so what is shown is what works.
 */
import type { ReviewDecision } from '../../../src-main/api'

export type ReviewAction =
  | { kind: 'decide'; decision: ReviewDecision | null }
  | { kind: 'step'; direction: 1 | -1 }
  | { kind: 'undo' }
  | { kind: 'redo' }

/** In the order the buttons show them. */
export const DECISIONS: readonly ReviewDecision[] = ['accept_a', 'accept_b', 'keep_both', 'drop_both']

/** The key (as KeyboardEvent.key, lower case) of each decision. */
export const DECISION_KEYS: Readonly<Record<ReviewDecision, string>> = { accept_a: 'a', accept_b: 'b', keep_both: 'k', drop_both: 'd' }
export const STEP_KEYS = { next: 'n', previous: 'p' } as const
export const CLEAR_KEYS = ['Backspace', 'Delete'] as const

/** What reviewAction reads of a KeyboardEvent. */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

/** What a key press does in Review mode, or null for a key it leaves alone. */
export function reviewAction(event: KeyPress): ReviewAction | null {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
  if (event.altKey) return null
  if (event.ctrlKey || event.metaKey) {
    if (key === 'z') return { kind: event.shiftKey ? 'redo' : 'undo' }
    if (key === 'y' && !event.shiftKey) return { kind: 'redo' }
    return null
  }
  if (event.shiftKey) return null
  if (key === STEP_KEYS.next) return { kind: 'step', direction: 1 }
  if (key === STEP_KEYS.previous) return { kind: 'step', direction: -1 }
  for (const [decision, k] of Object.entries(DECISION_KEYS)) if (key === k) return { kind: 'decide', decision: decision as ReviewDecision }
  if ((CLEAR_KEYS as readonly string[]).includes(key)) return { kind: 'decide', decision: null }
  return null
}
