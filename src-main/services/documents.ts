import { join } from 'node:path'
import type { Api, SpanChange } from '../api'
import { addSpan, relabelSpan, removeSpan, type EditContext } from '../core/document-edits'
import type { DocumentFile, Span } from '../core/model'
import { INDEX_FILE, documentPath } from '../store/workspace/layout'
import { summaryOf, type ServiceContext } from './context'
import { saving } from './save-errors'

type DocumentMethods = Pick<Api, 'getWorkspace' | 'listDocuments' | 'openDocument' | 'reopenDocument' | 'addSpan' | 'relabelSpan' | 'removeSpan' | 'setDocumentStatus'>

export function documentServices(ctx: ServiceContext): DocumentMethods {
  const { workspace } = ctx
  const changed = async (
    docId: string,
    edit: (doc: DocumentFile, edit: EditContext) => { doc: DocumentFile; span: Span },
  ): Promise<SpanChange> => {
    let span: Span | undefined
    await saving(documentPath(workspace.dir, docId), () =>
      workspace.updateDocument(docId, (doc) => {
        const result = edit(doc, ctx.editContext())
        span = result.span
        return result.doc
      }),
    )
    return { span: span as Span, summary: summaryOf(workspace.entry(docId)) }
  }
  const summary = (docId: string) => summaryOf(workspace.entry(docId), workspace.damage(docId))
  return {
    getWorkspace: async () => ({
      path: workspace.dir,
      annotator: workspace.annotator,
      labels: workspace.labels,
      ...(workspace.readOnly ? { readOnly: workspace.readOnly } : {}),
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
    addSpan: ({ docId, ...input }) => changed(docId, (doc, edit) => addSpan(doc, input, ctx.newId(), edit)),
    relabelSpan: ({ docId, spanId, label }) => changed(docId, (doc, edit) => relabelSpan(doc, spanId, label, edit)),
    removeSpan: async ({ docId, spanId }) => {
      await saving(documentPath(workspace.dir, docId), () => workspace.updateDocument(docId, (doc) => removeSpan(doc, spanId)))
      return summaryOf(workspace.entry(docId))
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
