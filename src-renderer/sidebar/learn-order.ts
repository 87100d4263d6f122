/**
 * "Most to learn from first": documents whose suggestions the learner is least
 * sure of come first (suggestionOrder ranks them); documents it does not rank
 * (done or skipped) follow in workspace order.
 */
import type { DocumentSummary, SuggestionRank } from '../../src-main/api'

export const DOCUMENT_ORDERS = ['workspace', 'learn'] as const
export type DocumentOrder = (typeof DOCUMENT_ORDERS)[number]

export function orderDocuments(documents: readonly DocumentSummary[], ranks: readonly SuggestionRank[] | null): readonly DocumentSummary[] {
  if (!ranks) return documents
  const place = new Map(ranks.map((r, i) => [r.docId, i]))
  const at = (d: DocumentSummary): number => place.get(d.id) ?? ranks.length
  // Array.prototype.sort is stable: unranked documents keep their workspace order.
  return [...documents].sort((a, b) => at(a) - at(b))
}
