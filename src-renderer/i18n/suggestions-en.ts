/** Suggestions' words in English: the ghost spans, their panel section, the document order. */
import type { SuggestionReason } from '../../src-main/api'

export const suggestionsEn = {
  heading: 'Suggestions',
  none: 'No suggestions for this document.',
  loading: 'Looking for suggestions…',
  show: 'Show suggestions of',
  accept: 'Accept',
  acceptHint: (text: string) => `Accept suggestion “${text}” (A)`,
  reject: 'Reject',
  rejectHint: (text: string) => `Reject suggestion “${text}” (X)`,
  score: (percent: number) => `${percent}%`,
  belowThreshold: 'below its label’s threshold: Shift+A leaves it',
  reason: (reason: SuggestionReason): string =>
    reason.kind === 'rule' ? `rule ${reason.rule}` : reason.kind === 'memory' ? `seen ${reason.seen}×` : 'model',
  acceptFailed: 'Could not accept the suggestion',
  rejectFailed: 'Could not reject the suggestion',
  loadFailed: 'Could not find suggestions',
  acceptedAll: (n: number) => (n === 0 ? 'No suggestion is at or above its threshold.' : `Accepted ${n} ${n === 1 ? 'suggestion' : 'suggestions'}.`),
  thresholdHint: (label: string) => `${label}: Shift+A takes suggestions scored at least this; weaker ones are drawn faint`,
  thresholdFailed: 'Could not set the threshold',
  order: 'Order',
  orderWorkspace: 'Workspace order',
  orderLearn: 'Most to learn from first',
  orderFailed: 'Could not order the documents by suggestions',
}

export type SuggestionMessages = typeof suggestionsEn
