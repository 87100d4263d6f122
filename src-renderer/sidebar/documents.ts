/** Loading the workspace and opening documents. */
import type { DocumentSummary, OpenedDocument } from '../../src-main/api'
import { perfMark, PERF } from '../app/perf'
import { openedFromColumns } from '../editor/opened-columns'
import { lastDocument, rememberLastDocument } from './last-document'
import { t } from '../i18n'
import type { AppContext } from '../app/context'

export interface DocumentCommands {
  /** Loads labels and documents, then opens the last document opened here (else the first). */
  start(): Promise<void>
  openDocument(docId: string): Promise<void>
}

const summaryOf = ({ id, title, source, status, spanCount }: DocumentSummary): DocumentSummary => ({
  id,
  title,
  source,
  status,
  spanCount,
})

export function createDocumentCommands(ctx: AppContext): DocumentCommands {
  let latest = 0

  // A document opened before is sent again only if its file changed since (see editor/opened-documents.ts).
  const fetchDocument = async (docId: string): Promise<OpenedDocument> => {
    const kept = ctx.opened.get(docId)
    if (!kept) {
      const sent = await ctx.api.openDocument({ docId })
      perfMark(PERF.arrived)
      return openedFromColumns(sent)
    }
    const answer = await ctx.api.reopenDocument({ docId, revision: kept.revision })
    return 'unchanged' in answer ? { ...kept, ...summaryOf(answer) } : openedFromColumns(answer)
  }

  // A slower, earlier request never replaces a later one.
  const openDocument = async (docId: string): Promise<void> => {
    const token = ++latest
    perfMark(PERF.open)
    try {
      const opened = await fetchDocument(docId)
      ctx.opened.keep(opened)
      if (token !== latest) return
      perfMark(PERF.received)
      // Edits still on their way to disk are shown as they were made.
      const unsaved = ctx.pendingSaves.unsaved(docId)
      ctx.doc.show(unsaved ? { ...opened, spans: [...unsaved] } : opened)
      perfMark(PERF.shown)
      ctx.textSelection.set(null)
      ctx.cursor.set(null)
      ctx.workspace.updateSummary(summaryOf(opened))
      rememberLastDocument(ctx.workspace.path, docId)
    } catch (error) {
      if (token === latest) ctx.notices.fail(t().errors.open, error)
    }
  }

  const start = async (): Promise<void> => {
    try {
      const [info, documents] = await Promise.all([ctx.api.getWorkspace({}), ctx.api.listDocuments({})])
      ctx.workspace.load(info, documents)
      // Documents a killed import had written but not listed: listed now, and the analyst is told which.
      if (info.recovered) ctx.notices.toast(t().storage.recovered(info.recovered.titles, info.recovered.trashed))
      const remembered = lastDocument(info.path)
      const first = documents.find((d) => d.id === remembered) ?? documents[0]
      if (first) await openDocument(first.id)
    } catch (error) {
      ctx.notices.fail(t().errors.load, error)
    }
  }

  return { start, openDocument }
}
