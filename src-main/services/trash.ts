import type { Api, TrashItem } from '../api'
import type { TrashedDocument } from '../store/workspace/trash'
import { summaryOf, type ServiceContext } from './context'

type TrashMethods = Pick<Api, 'deleteDocument' | 'listTrash' | 'restoreDocument'>

/** Deleting moves a document's file to the workspace's trash folder; restoring moves it back. */
export function trashServices(ctx: ServiceContext): TrashMethods {
  const { workspace } = ctx
  return {
    deleteDocument: async ({ docId }) => {
      const { trashId, record } = await workspace.deleteDocument(docId)
      return { docId, title: record.title, trashId }
    },
    listTrash: async () => (await workspace.listTrash()).map(trashItem),
    restoreDocument: async ({ trashId }) => summaryOf(await workspace.restoreDocument(trashId)),
  }
}

const trashItem = ({ trashId, record }: TrashedDocument & { trashId: string }): TrashItem => ({
  trashId,
  docId: record.id,
  title: record.title,
  source: record.source,
  status: record.status,
  spanCount: record.span_count,
  deletedAt: record.deleted_at,
})
