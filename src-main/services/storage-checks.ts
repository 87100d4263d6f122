import { join } from 'node:path'
import type { Api } from '../api'
import { DOCUMENTS_DIR, documentPath } from '../store/workspace/layout'
import { summaryOf, type ServiceContext } from './context'

type StorageMethods = Pick<Api, 'verifyDocuments' | 'listConflicts' | 'resolveConflict'>

/** What the app tells the analyst about the files themselves: damage and conflicts with other programs. */
export function storageServices(ctx: ServiceContext): StorageMethods {
  const { workspace } = ctx
  const summary = (docId: string) => summaryOf(workspace.entry(docId), workspace.damage(docId))
  return {
    verifyDocuments: async () => {
      await workspace.verifyDocuments()
      return workspace.entries().flatMap((e) => (workspace.damage(e.id) ? [summary(e.id)] : []))
    },
    listConflicts: async () =>
      (await workspace.listConflicts()).map((c) => ({
        docId: c.docId,
        title: workspace.entries().find((e) => e.id === c.docId)?.title ?? c.docId,
        file: documentPath(workspace.dir, c.docId),
        copy: c.name,
        copyPath: join(workspace.dir, DOCUMENTS_DIR, c.name),
        at: c.at,
      })),
    resolveConflict: async ({ copy, keep }) => {
      await workspace.resolveConflict(copy, keep)
      const docId = copy.slice(0, 16)
      if (keep === 'app') await workspace.readDocument(docId).catch(() => undefined)
      return summary(docId)
    },
  }
}
