/**
 * THE contract: every method the renderer may call, its argument schema (checked
 * at the IPC boundary) and its result type. services.ts implements it; ipc.ts and
 * preload.ts expose it in one loop each.
 */
import { z } from 'zod'
import type { ApiMethod, AppCommand } from './api-methods'
import { DocumentId, DocumentStatus, LabelId, SpanId, type Label, type Span } from './core/model'

export interface WorkspaceInfo {
  path: string
  annotator: string
  labels: Label[]
}

export interface DocumentSummary {
  id: string
  title: string
  source: string
  status: DocumentStatus
  spanCount: number
}

export interface OpenedDocument extends DocumentSummary {
  text: string
  /** Code point offsets, sorted by (start, end, label, id). */
  spans: Span[]
}

export interface SpanChange {
  span: Span
  summary: DocumentSummary
}

export interface ExportResult {
  path: string
  documents: number
  spans: number
}

const Offset = z.number().int().nonnegative().max(2 ** 31)
const FilePath = z.string().min(1).max(4096)

/** Argument schemas, checked at the IPC boundary before any service code runs. */
export const apiInputs = {
  getWorkspace: z.strictObject({}),
  listDocuments: z.strictObject({}),
  openDocument: z.strictObject({ docId: DocumentId }),
  addSpan: z.strictObject({
    docId: DocumentId,
    start: Offset,
    end: Offset,
    label: LabelId,
    snap: z.enum(['token', 'exact']),
  }),
  relabelSpan: z.strictObject({ docId: DocumentId, spanId: SpanId, label: LabelId }),
  removeSpan: z.strictObject({ docId: DocumentId, spanId: SpanId }),
  chooseExportPath: z.strictObject({ defaultName: z.string().min(1).max(255) }),
  exportJsonl: z.strictObject({ path: FilePath }),
} satisfies Record<ApiMethod, z.ZodType>

/** Result types. */
export interface ApiOutputs {
  getWorkspace: WorkspaceInfo
  listDocuments: DocumentSummary[]
  openDocument: OpenedDocument
  addSpan: SpanChange
  relabelSpan: SpanChange
  removeSpan: DocumentSummary
  chooseExportPath: string | null
  exportJsonl: ExportResult
}

// The names list in api-methods.ts, the schemas and the result types must agree.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const namesAgree: [Exact<keyof typeof apiInputs, ApiMethod>, Exact<keyof ApiOutputs, ApiMethod>] = [true, true]
void namesAgree

export type ApiInput<M extends ApiMethod> = z.output<(typeof apiInputs)[M]>
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M]

/** What services.ts implements. */
export type Api = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> }

/** What the renderer sees as `window.api`. */
export interface WindowApi extends Api {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void
}
