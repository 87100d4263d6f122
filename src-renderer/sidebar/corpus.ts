/**
 * Working through the corpus: a document's status (to do, in progress, done,
 * skipped) and moving to the next or previous unfinished document.
 */
import type { DocumentStatus } from '../../src-main/core/model/document'
import { t } from '../i18n'
import type { AppContext } from '../app/context'

export interface CorpusCommands {
  /** Sets the open document's status (written to the index before it shows). */
  setStatus(status: DocumentStatus): Promise<void>
  /** Opens the next (1) or previous (-1) document that is to do or in progress, wrapping around. */
  openUnfinished(direction: 1 | -1): Promise<void>
}

const unfinished = (status: DocumentStatus): boolean => status === 'todo' || status === 'in_progress'

export function createCorpusCommands(ctx: AppContext, openDocument: (docId: string) => Promise<void>): CorpusCommands {
  return {
    async setStatus(status) {
      const docId = ctx.doc.id
      if (!docId) return
      try {
        const summary = await ctx.api.setDocumentStatus({ docId, status })
        ctx.workspace.updateSummary(summary)
        ctx.notices.resolve(t().statusAction.failed)
        ctx.notices.toast(t().statusAction.changed(summary.title, t().status[status]))
      } catch (error) {
        ctx.notices.fail(t().statusAction.failed, error)
      }
    },
    async openUnfinished(direction) {
      const documents = ctx.workspace.documents
      const at = documents.findIndex((d) => d.id === ctx.doc.id)
      for (let step = 1; step <= documents.length; step++) {
        const candidate = documents[(((at + direction * step) % documents.length) + documents.length) % documents.length]
        if (candidate && candidate.id !== ctx.doc.id && unfinished(candidate.status)) return openDocument(candidate.id)
      }
      ctx.notices.toast(t().sidebar.allFinished)
    },
  }
}
