/** Renaming the open document: the title in its header (F2, a double-click). */
import type { AppContext } from '../app/context'
import { t } from '../i18n'

/** true once saved (or nothing to change); false when refused, the message shown. */
export function createRenameCommand(ctx: AppContext): (title: string) => Promise<boolean> {
  return async (title) => {
    const docId = ctx.doc.id
    const trimmed = title.trim()
    const now = ctx.workspace.documents.find((d) => d.id === docId)?.title
    if (!docId || trimmed === now) return true
    try {
      ctx.workspace.updateSummary(await ctx.api.renameDocument({ docId, title: trimmed }))
      ctx.notices.resolve(t().rename.failed)
      ctx.notices.toast(t().rename.renamed(trimmed))
      return true
    } catch (error) {
      ctx.notices.fail(t().rename.failed, error)
      return false
    }
  }
}
