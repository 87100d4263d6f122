import type { Api, SpanChange } from '../api'
import { addSpan, relabelSpan, removeSpan, type EditContext } from '../core/document-edits'
import type { DocumentFile, Span } from '../core/model'
import { summaryOf, type ServiceContext } from './context'

type DocumentMethods = Pick<Api, 'getWorkspace' | 'listDocuments' | 'openDocument' | 'addSpan' | 'relabelSpan' | 'removeSpan'>

export function documentServices(ctx: ServiceContext): DocumentMethods {
  const { workspace } = ctx
  const changed = async (
    docId: string,
    edit: (doc: DocumentFile, edit: EditContext) => { doc: DocumentFile; span: Span },
  ): Promise<SpanChange> => {
    let span: Span | undefined
    await workspace.updateDocument(docId, (doc) => {
      const result = edit(doc, ctx.editContext())
      span = result.span
      return result.doc
    })
    return { span: span as Span, summary: summaryOf(workspace.entry(docId)) }
  }
  return {
    getWorkspace: async () => ({ path: workspace.dir, annotator: workspace.annotator, labels: workspace.labels }),
    listDocuments: async () => workspace.entries().map(summaryOf),
    openDocument: async ({ docId }) => {
      const doc = await workspace.readDocument(docId)
      return { ...summaryOf(workspace.entry(docId)), text: doc.text, spans: doc.spans }
    },
    addSpan: ({ docId, ...input }) => changed(docId, (doc, edit) => addSpan(doc, input, ctx.newId(), edit)),
    relabelSpan: ({ docId, spanId, label }) => changed(docId, (doc, edit) => relabelSpan(doc, spanId, label, edit)),
    removeSpan: async ({ docId, spanId }) => {
      await workspace.updateDocument(docId, (doc) => removeSpan(doc, spanId))
      return summaryOf(workspace.entry(docId))
    },
  }
}
