/**
 * The label schema editor and the guidelines panel save through these. Removing
 * a label that spans use is asked about first (see LabelEditor); afterwards the
 * open document and the span counts are read again, as its spans are gone.
 */
import type { LabelRemoval } from '../../src-main/api'
import type { Label } from '../../src-main/core/model/label'
import { t } from '../i18n'
import type { AppContext } from '../app/context'

export interface LabelCommands {
  /** Saves the whole schema; false when the service refused it (the banner says why). */
  saveLabels(labels: Label[], failure?: string): Promise<boolean>
  /** Without force, a label in use stays: the answer counts its spans for the question. */
  removeLabel(id: string, force: boolean): Promise<LabelRemoval | null>
}

export function createLabelCommands(ctx: AppContext, openDocument: (docId: string) => Promise<void>): LabelCommands {
  return {
    async saveLabels(labels, failure = t().labels.failed) {
      try {
        ctx.workspace.setLabels(await ctx.api.updateLabels({ labels }))
        ctx.notices.resolve(failure)
        return true
      } catch (error) {
        ctx.notices.fail(failure, error)
        return false
      }
    },
    async removeLabel(id, force) {
      const name = ctx.workspace.label(id)?.name ?? id
      try {
        const result = await ctx.api.removeLabel({ id, force })
        if (!result.removed) return result
        ctx.workspace.setLabels(result.labels)
        ctx.notices.resolve(t().labels.removeFailed)
        ctx.notices.toast(t().labels.removed(name, result.spans))
        if (result.spans) {
          ctx.workspace.setDocuments(await ctx.api.listDocuments({}))
          if (ctx.doc.id) await openDocument(ctx.doc.id)
        }
        return result
      } catch (error) {
        ctx.notices.fail(t().labels.removeFailed, error)
        return null
      }
    },
  }
}
