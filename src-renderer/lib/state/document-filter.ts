/** Which documents the sidebar shows: a status (or all, or the unfinished ones) and words of the title. */
import type { DocumentSummary } from '../../../src-main/api'
import type { DocumentStatus } from '../../../src-main/core/model/document'

export type StatusFilter = 'all' | 'unfinished' | DocumentStatus

/** Case- and accent-insensitive: "hop tac" finds "Hợp tác". */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()

export function filterDocuments(documents: readonly DocumentSummary[], status: StatusFilter, query: string): DocumentSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  return documents.filter((d) => {
    if (status === 'unfinished' ? d.status === 'done' || d.status === 'skipped' : status !== 'all' && d.status !== status) return false
    const title = fold(d.title)
    return words.every((w) => title.includes(w))
  })
}
