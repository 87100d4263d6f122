/** Which documents the sidebar shows: a status (or all, or the unfinished ones) and words of the title. */
import type { DocumentSummary } from '../../src-main/api'
import type { DocumentStatus } from '../../src-main/core/model/document'

export type StatusFilter = 'all' | 'unfinished' | DocumentStatus

/** Case- and accent-insensitive: "hop tac" finds "Hợp tác". */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()

/** Titles once folded: folding 5,000 titles takes ~25 ms, too long for every keystroke. */
const foldedTitles = new Map<string, string>()
function foldTitle(title: string): string {
  let folded = foldedTitles.get(title)
  if (folded === undefined) foldedTitles.set(title, (folded = fold(title)))
  return folded
}

export function filterDocuments(documents: readonly DocumentSummary[], status: StatusFilter, query: string): DocumentSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  return documents.filter((d) => {
    if (status === 'unfinished' ? d.status === 'done' || d.status === 'skipped' : status !== 'all' && d.status !== status) return false
    if (!words.length) return true
    const title = foldTitle(d.title)
    return words.every((w) => title.includes(w))
  })
}
