/** Which documents the sidebar shows: a status (or all, or the unfinished ones) and words of the title or the text. */
import type { DocumentSummary } from '../../src-main/api'
import type { DocumentStatus } from '../../src-main/core/model/document'
import { foldForSearch as fold, holdsEvery, searchWords } from '../../src-main/core/search-fold'

export type StatusFilter = 'all' | 'unfinished' | DocumentStatus

/** Titles once folded: folding 5,000 titles takes ~25 ms, too long for every keystroke. */
const foldedTitles = new Map<string, string>()
function foldTitle(title: string): string {
  let folded = foldedTitles.get(title)
  if (folded === undefined) foldedTitles.set(title, (folded = fold(title)))
  return folded
}

/** `inText`: the ids whose text holds the query (searchDocuments), once known; titles match meanwhile. */
export function filterDocuments(
  documents: readonly DocumentSummary[],
  status: StatusFilter,
  query: string,
  inText: ReadonlySet<string> | null = null,
): DocumentSummary[] {
  const words = searchWords(query)
  return documents.filter((d) => {
    if (status === 'unfinished' ? d.status === 'done' || d.status === 'skipped' : status !== 'all' && d.status !== status) return false
    if (!words.length) return true
    return holdsEvery(foldTitle(d.title), words) || inText?.has(d.id) === true
  })
}
