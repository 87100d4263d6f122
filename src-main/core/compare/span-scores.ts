/** Span precision, recall and F1 of B against A (A is the reference). */
export interface Scores {
  /** null when B has no span to score (docs/format.md: an undefined figure is null, never 0 or NaN). */
  precision: number | null
  /** null when A has no span to find. */
  recall: number | null
  /** null when precision or recall is. */
  f1: number | null
}

/** `found` of B's `predicted` spans pair with one of A's `reference` spans. */
export function spanScores(found: number, predicted: number, reference: number): Scores {
  const precision = predicted > 0 ? found / predicted : null
  const recall = reference > 0 ? found / reference : null
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}
