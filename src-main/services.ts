/**
 * Implements the contract (api.ts) over the core and the store. The same object
 * serves Electron's IPC, the command line and the end-to-end bridge.
 */
import { userInfo } from 'node:os'
import { nanoid } from 'nanoid'
import type { Api, DocumentSummary, SpanChange } from './api'
import { addSpan, relabelSpan, removeSpan, type EditContext } from './core/document-edits'
import type { DocumentFile, IndexEntry, Span } from './core/model'
import { exportCanonicalJsonl } from './store/export-jsonl'
import { Workspace } from './store/workspace'

export interface Dialogs {
  /** Asks where to save; null when the user cancels. */
  chooseSavePath(defaultName: string): Promise<string | null>
}

export interface ServiceOptions {
  workspaceDir: string
  resourcesDir: string
  dialogs: Dialogs
  /** Recorded on new spans; defaults to SPANWRIGHT_ANNOTATOR, then the login name. */
  annotator?: string
  now?: () => Date
}

export type Services = Api & { readonly workspace: Workspace; close(): Promise<void> }

export async function openServices(options: ServiceOptions): Promise<Services> {
  const now = (): string => (options.now?.() ?? new Date()).toISOString()
  const workspace = await Workspace.open(options.workspaceDir, {
    resourcesDir: options.resourcesDir,
    annotator: options.annotator ?? defaultAnnotator(),
    now,
  })
  const context = (): EditContext => ({ now: now(), annotator: workspace.annotator, labels: workspace.labels })
  const summary = (entry: IndexEntry): DocumentSummary => ({
    id: entry.id,
    title: entry.title,
    source: entry.source,
    status: entry.status,
    spanCount: entry.span_count,
  })
  const changed = async (
    docId: string,
    edit: (doc: DocumentFile, ctx: EditContext) => { doc: DocumentFile; span: Span },
  ): Promise<SpanChange> => {
    let span: Span | undefined
    await workspace.updateDocument(docId, (doc) => {
      const result = edit(doc, context())
      span = result.span
      return result.doc
    })
    return { span: span as Span, summary: summary(workspace.entry(docId)) }
  }

  return {
    workspace,
    getWorkspace: async () => ({ path: workspace.dir, annotator: workspace.annotator, labels: workspace.labels }),
    listDocuments: async () => workspace.entries().map(summary),
    openDocument: async ({ docId }) => {
      const doc = await workspace.readDocument(docId)
      return { ...summary(workspace.entry(docId)), text: doc.text, spans: doc.spans }
    },
    addSpan: ({ docId, ...input }) => changed(docId, (doc, ctx) => addSpan(doc, input, nanoid(12), ctx)),
    relabelSpan: ({ docId, spanId, label }) => changed(docId, (doc, ctx) => relabelSpan(doc, spanId, label, ctx)),
    removeSpan: async ({ docId, spanId }) => {
      await workspace.updateDocument(docId, (doc) => removeSpan(doc, spanId))
      return summary(workspace.entry(docId))
    },
    chooseExportPath: ({ defaultName }) => options.dialogs.chooseSavePath(defaultName),
    exportJsonl: ({ path }) => exportCanonicalJsonl(workspace, path),
    close: () => workspace.flush(),
  }
}

function defaultAnnotator(): string {
  if (process.env.SPANWRIGHT_ANNOTATOR) return process.env.SPANWRIGHT_ANNOTATOR
  try {
    return userInfo().username
  } catch {
    return 'annotator'
  }
}
