/** Deleting and restoring documents, damaged documents, conflicts: the calls behind the storage views. */
import type { Commands } from '../app/commands'
import type { AppContext } from '../app/context'
import { t } from '../i18n'

export interface StorageCommands {
  /** Opens a document, or shows its damage message when its file is damaged. */
  open(docId: string): Promise<void>
  /** A document with spans asks first (the confirm dialog calls again with `confirmed`); undoable. */
  deleteDocument(docId: string, confirmed?: boolean): Promise<void>
  /** Restores the last deletion if nothing was edited since; false when there is none to undo. */
  undoDeletion(): boolean
  showTrash(): Promise<void>
  restore(trashId: string): Promise<void>
  /** Reads every document file once and marks the damaged ones in the list. */
  verify(): Promise<void>
  showConflicts(): Promise<void>
  resolve(copy: string, keep: 'outside' | 'app'): Promise<void>
  /**
   * An edit failed with code 'conflict': lists the conflicts and says so.
   * (The span editor has already shown the document as it is on disk: the outside version.)
   */
  conflictSeen(): Promise<void>
}

export function createStorageCommands(ctx: AppContext, commands: Commands): StorageCommands {
  const { api, storage, workspace, notices } = ctx
  const refreshList = async (): Promise<void> => workspace.setDocuments(await api.listDocuments({}))

  const open = async (docId: string): Promise<void> => {
    if (workspace.documents.find((d) => d.id === docId)?.damaged) {
      storage.damagedId = docId
      return
    }
    storage.damagedId = null
    await commands.openDocument(docId)
    if (ctx.doc.id === docId) return
    // The read may have just found the file damaged.
    await refreshList().catch(() => undefined)
    if (workspace.documents.find((d) => d.id === docId)?.damaged) {
      notices.dismissError()
      storage.damagedId = docId
    }
  }

  const showTrash = async (): Promise<void> => {
    try {
      storage.trash = await api.listTrash({})
      storage.show('trash')
    } catch (error) {
      notices.fail(t().storage.trash.listFailed, error)
    }
  }

  const showConflicts = async (): Promise<void> => {
    storage.conflicts = await api.listConflicts({})
    storage.show('conflicts')
  }

  const restoreDeletion = async (): Promise<void> => {
    const deletion = storage.deletion
    if (!deletion) return
    storage.deletion = null
    try {
      const restored = await api.restoreDocument({ trashId: deletion.trashId })
      await refreshList()
      notices.toast(t().storage.trash.restored(restored.title))
      if (deletion.wasOpen) await open(restored.id)
    } catch (error) {
      notices.fail(t().storage.trash.restoreFailed, error)
    }
  }

  return {
    open,
    undoDeletion: () => {
      const latest = storage.deletion !== null && storage.deletion.recorded === ctx.history.recorded
      if (latest) void restoreDeletion()
      return latest
    },
    async deleteDocument(docId, confirmed = false) {
      const list = workspace.documents
      const at = list.findIndex((d) => d.id === docId)
      if (!confirmed && (list[at]?.spanCount ?? 0) > 0) {
        storage.confirmDelete = docId
        storage.show('confirm-delete')
        return
      }
      try {
        const deleted = await api.deleteDocument({ docId })
        await refreshList()
        const wasOpen = ctx.doc.id === docId
        // A file already missing left only its entry: nothing to bring back.
        if (deleted.trashId) {
          storage.deletion = { trashId: deleted.trashId, docId, title: deleted.title, recorded: ctx.history.recorded, wasOpen }
          notices.toast(t().storage.trash.deleted(deleted.title), { label: t().storage.trash.undo, run: () => void restoreDeletion() })
        } else notices.toast(t().storage.trash.deleted(deleted.title))
        if (wasOpen || storage.damagedId === docId) {
          const next = workspace.documents[Math.min(at, workspace.documents.length - 1)]
          if (next) await open(next.id)
        }
      } catch (error) {
        notices.fail(t().storage.trash.deleteFailed, error)
      }
    },
    showTrash,
    async restore(trashId) {
      try {
        const restored = await api.restoreDocument({ trashId })
        if (storage.deletion?.trashId === trashId) storage.deletion = null
        await refreshList()
        storage.trash = await api.listTrash({})
        notices.toast(t().storage.trash.restored(restored.title))
      } catch (error) {
        notices.fail(t().storage.trash.restoreFailed, error)
      }
    },
    async verify() {
      try {
        for (const summary of await api.verifyDocuments({})) workspace.updateSummary(summary)
        storage.conflicts = await api.listConflicts({})
      } catch {
        // Only a check: a failure here changes nothing the analyst sees.
      }
    },
    showConflicts: async () => {
      try {
        await showConflicts()
      } catch (error) {
        notices.fail(t().storage.conflicts.failed, error)
      }
    },
    async resolve(copy, keep) {
      try {
        const summary = await api.resolveConflict({ copy, keep })
        workspace.updateSummary(summary)
        storage.conflicts = await api.listConflicts({})
        notices.toast(t().storage.conflicts.resolved(summary.title))
        if (ctx.doc.id === summary.id) await commands.openDocument(summary.id)
      } catch (error) {
        notices.fail(t().storage.conflicts.failed, error)
      }
    },
    async conflictSeen() {
      storage.conflicts = await api.listConflicts({}).catch(() => storage.conflicts)
      const docId = ctx.doc.id
      const title = workspace.documents.find((d) => d.id === docId)?.title ?? docId ?? ''
      notices.toast(t().storage.conflicts.notice(title))
    },
  }
}
