/**
 * What every suggestion source (rules, span memory, sequence model) produces and
 * what the app, the CLI and the learner exchange. Offsets are code points, end
 * exclusive, like every offset in the core (offsets.ts converts).
 */

/** [start, end) in code points. */
export type CodePointRange = readonly [number, number]

/** Why a suggestion was made; shown to the analyst beside its score. */
export type SuggestionReason =
  /** A rule of the figure grammar or a cue pattern fired; `rule` is its stable id (e.g. "figure.money"). */
  | { kind: 'rule'; rule: string }
  /** The same phrase was tagged with this label `seen` times in the training documents. */
  | { kind: 'memory'; seen: number }
  /** The token sequence model tagged it. */
  | { kind: 'model' }

export interface Suggestion {
  start: number
  end: number
  label: string
  /** The covered text (`text[start:end]` in code points). */
  text: string
  /** Confidence in [0, 1]. */
  score: number
  /** The strongest reason first; more than one source may agree. */
  reasons: SuggestionReason[]
}

/** One hit of a rule or cue pattern, before scoring: what the rules layer hands the learner as features. */
export interface RuleHit {
  start: number
  end: number
  label: string
  rule: string
  /** The rule's own prior confidence in [0, 1]. */
  confidence: number
}

/** A document as the suggestion engine reads it. */
export interface SuggestDocument {
  id: string
  text: string
  /** [start, end) of every token, code points (the document file's `tokens`). */
  tokens: ReadonlyArray<readonly [number, number]>
}

/** A span the learner trains on. */
export interface TrainingSpan {
  start: number
  end: number
  label: string
}

/** A suggestion the analyst rejected: negative evidence, and never offered again for that document. */
export interface Rejection {
  documentId: string
  start: number
  end: number
  label: string
}
