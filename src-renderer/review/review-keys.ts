/**
 * Review mode's keys, from core/keymap.ts: one key per decision, n/p to step,
 * Ctrl+Z/Ctrl+Shift+Z to undo and redo. The same table labels the buttons, so
 * what is shown is what works.
 */
import type { ReviewDecision } from '../../src-main/api'
import { bindingOf, commandOf, type KeyCommand, type KeyPress } from '../../src-main/core/keymap'

export type ReviewAction =
  | { kind: 'decide'; decision: ReviewDecision | null }
  | { kind: 'step'; direction: 1 | -1 }
  | { kind: 'undo' }
  | { kind: 'redo' }

/** In the order the buttons show them. */
export const DECISIONS: readonly ReviewDecision[] = ['accept_a', 'accept_b', 'keep_both', 'drop_both']

/** A command's first key, as KeyboardEvent.key names it (a letter in lower case). */
const keyOf = (command: KeyCommand): string => bindingOf(command).keys[0].toLowerCase()

export const DECISION_KEYS: Readonly<Record<ReviewDecision, string>> = {
  accept_a: keyOf('review-accept_a'),
  accept_b: keyOf('review-accept_b'),
  keep_both: keyOf('review-keep_both'),
  drop_both: keyOf('review-drop_both'),
}
export const STEP_KEYS = { next: keyOf('review-next'), previous: keyOf('review-previous') } as const

const ACTIONS: Partial<Record<KeyCommand, ReviewAction>> = {
  'review-accept_a': { kind: 'decide', decision: 'accept_a' },
  'review-accept_b': { kind: 'decide', decision: 'accept_b' },
  'review-keep_both': { kind: 'decide', decision: 'keep_both' },
  'review-drop_both': { kind: 'decide', decision: 'drop_both' },
  'review-clear': { kind: 'decide', decision: null },
  'review-next': { kind: 'step', direction: 1 },
  'review-previous': { kind: 'step', direction: -1 },
  'review-undo': { kind: 'undo' },
  'review-redo': { kind: 'redo' },
}

/** What a key press does in Review mode, or null for a key it leaves alone. */
export function reviewAction(event: KeyPress): ReviewAction | null {
  const binding = commandOf(event, 'review')
  return binding ? (ACTIONS[binding.command] ?? null) : null
}
