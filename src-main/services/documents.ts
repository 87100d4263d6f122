import { join } from 'node:path'
import type { Api, WorkspaceInfo } from '../api'
import { INDEX_FILE } from '../store/workspace/layout'
import type { RecoveredDocuments } from '../store/workspace/unlisted-documents'
import { summaryOf, type ServiceContext } from './context'
import { saving } from './save-errors'

type DocumentMethods = Pick<Api, 'getWorkspace' | 'listDocuments' | 'openDocument' | 'reopenDocument' | 'setDocumentStatus'>

export function documentServices(ctx: ServiceContext): DocumentMethods {
  const { workspace } = ctx
  const summary = (docId: string) => summaryOf(workspace.entry(docId), workspace.damage(docId))
  return {
    getWorkspace: async () => ({
      path: workspace.dir,
      annotator: workspace.annotator,
      labels: workspace.labels,
      ...(workspace.readOnly ? { readOnly: workspace.readOnly } : {}),
      ...recovered(workspace.recovered),
    }),
    listDocuments: async () => {
      await workspace.refresh()
      return workspace.entries().map((e) => summaryOf(e, workspace.damage(e.id)))
    },
    openDocument: async ({ docId }) => {
      const { doc, revision } = await workspace.readDocumentRevision(docId)
      return { ...summary(docId), text: doc.text, spans: doc.spans, revision }
    },
    reopenDocument: async ({ docId, revision: held }) => {
      const { doc, revision } = await workspace.readDocumentRevision(docId)
      if (revision === held) return { ...summary(docId), revision, unchanged: true }
      return { ...summary(docId), text: doc.text, spans: doc.spans, revision }
    },
    setDocumentStatus: async ({ docId, status }) => {
      workspace.entry(docId)
      await saving(join(workspace.dir, INDEX_FILE), () =>
        workspace.updateIndex((index) => {
          const entry = index.documents.find((d) => d.id === docId)
          if (entry) entry.status = status
        }),
      )
      return summary(docId)
    },
  }
}

function recovered({ adopted, trashed }: RecoveredDocuments): Pick<WorkspaceInfo, 'recovered'> {
  return adopted.length || trashed.length ? { recovered: { titles: adopted.map((d) => d.title), trashed: trashed.length } } : {}
}
