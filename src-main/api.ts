/**
 * THE contract: every method the renderer may call, its argument schema (checked
 * at the IPC boundary) and its result type. services.ts implements it; ipc.ts and
 * preload.ts expose it in one loop each. The window names files only by tokens
 * its dialogs gave it (windowInputs, WindowOutputs); the services, the command
 * line and Node-side tests name them by path.
 */
import { z } from 'zod'
import type { ApiMethod } from './api-methods'
import { EXPORT_FORMAT_IDS, IMPORT_FORMAT_IDS, PART_NAME, type DatasetExportSummary, type TaskProgress } from './core/export'
import type { ImportSummary } from './core/import'
import { REVIEW_DECISIONS, type ReviewComparison, type ReviewDocumentView, type ReviewTarget } from './core/compare'
import type { Suggestion } from './core/suggest/types'
import { ConflictCopyName, DocumentId, DocumentStatus, Label, LabelId, SpanEdit, TrashId, type Span } from './core/model'
export { SpanColumns } from './core/model/span-columns'

export interface WorkspaceInfo {
  path: string
  annotator: string
  labels: Label[]
  /** Set when nothing can be changed (a read-only folder): why, as a sentence to show. */
  readOnly?: string
  /** Document files a killed import left unlisted, found by this opening: titles listed again, how many went to the trash (they failed the document check). */
  recovered?: { titles: string[]; trashed: number }
}

export interface DocumentSummary {
  id: string
  title: string
  source: string
  status: DocumentStatus
  spanCount: number
  /**
   * Set when the document's file is damaged or missing: the message naming the
   * file and line:column. Known once a read found it (openDocument, an edit,
   * verifyDocuments); every other document keeps working.
   */
  damaged?: string
}

export interface OpenedDocument extends DocumentSummary {
  text: string
  /** Code point offsets, sorted by (start, end, label, id). */
  spans: Span[]
  /** The SHA-256 of the document file this was read from; reopenDocument sends nothing again while it holds. */
  revision: string
}

/** reopenDocument's answer: the document when its revision changed, else only its summary. */
export type ReopenedDocument = OpenedDocument | (DocumentSummary & { revision: string; unchanged: true })

/** What applySpanEdits saved: the spans it added or changed (as stored) and the ids it removed. */
export interface SpanEditsResult {
  changed: Span[]
  removed: string[]
  summary: DocumentSummary
  /** The document's revision this step was applied to and the one it wrote. */
  revision: { before: string; after: string }
}

/** A deleted document, in the workspace's trash folder until restored. */
export interface TrashItem {
  trashId: string
  docId: string
  title: string
  source: string
  status: DocumentStatus
  spanCount: number
  deletedAt: string
}

export interface DeletedDocument {
  docId: string
  title: string
  /** Where it went (restoreDocument takes it); null when its file was already missing and only its entry left the list. */
  trashId: string | null
}

/**
 * A document changed outside Spanwright while it was edited here: the outside
 * version is the document, the app's version was saved beside it as `copy`.
 * Edits that hit this fail with code 'conflict' and a message naming both files.
 */
export interface ConflictNotice {
  docId: string
  title: string
  /** The document's file. */
  file: string
  /** The conflict copy's file name (in the documents folder), for resolveConflict. */
  copy: string
  copyPath: string
  /** When the copy was saved (ISO). */
  at: string
}

export type { DatasetExportSummary, DroppedSpan, ExportFormat, ExportPartSummary, ImportFormat, TaskProgress } from './core/export'
export type { ImportSummary, Problem } from './core/import'
export type { Suggestion, SuggestionReason } from './core/suggest/types'

/** A document's suggestions: everything scored at least the display floor; Shift+A takes those at or above their label's threshold. */
export interface DocumentSuggestions {
  docId: string
  suggestions: Suggestion[]
  /** Per label; a label not listed uses DEFAULT_THRESHOLD (core/suggest/combine.ts). */
  thresholds: Record<string, number>
}

/** A document not done yet, by how sure its suggestions are (mean score; 1 when it has none). */
export interface SuggestionRank {
  docId: string
  confidence: number
  suggestions: number
}
export type { Agreement, DiffClass, ReviewComparison, ReviewDecision, ReviewDocumentView, ReviewItemView, ReviewTarget } from './core/compare'

/** What removeLabel did, or (not forced) would do: the spans that have the label. */
export interface LabelRemoval {
  removed: boolean
  /** Spans with the label (removed with it when forced). */
  spans: number
  /** Documents holding those spans. */
  documents: number
  labels: Label[]
}

const FilePath = z.string().min(1).max(4096)
/** A plain file name (no folder part), as a dropped file has. */
const FileName = z
  .string()
  .min(1)
  .max(255)
  .refine((n) => !/[\\/\0]/.test(n) && n !== '.' && n !== '..', 'a file name without folders')

/** A title the analyst typed: trimmed, one line, 1–200 code points. */
const DocumentTitle = z
  .string()
  .trim()
  .min(1, 'a title is not empty')
  .refine((t) => [...t].length <= 200, 'a title has at most 200 characters')
  .refine((t) => !/[\r\n]/.test(t), 'a title is one line')

const Offset = z.number().int().nonnegative().max(2 ** 31)

/** Where a suggestion was: rejections are kept by place and label, per document. */
const SuggestionSpot = z
  .strictObject({ docId: DocumentId, start: Offset, end: Offset, label: LabelId })
  .refine((s) => s.start < s.end, 'start comes before end')

/** Argument schemas, checked at the IPC boundary before any service code runs. */
export const apiInputs = {
  getWorkspace: z.strictObject({}),
  listDocuments: z.strictObject({}),
  openDocument: z.strictObject({ docId: DocumentId }),
  reopenDocument: z.strictObject({ docId: DocumentId, revision: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex') }),
  /** One step of span edits (a tag, a relabel, a boundary move, attributes, a note, label-all, an undo): all applied in one write, or none. */
  applySpanEdits: z.strictObject({ docId: DocumentId, edits: z.array(SpanEdit).min(1).max(100_000) }),
  /** `format` picks the dialog's file type (a folder format takes any name). */
  chooseExportPath: z.strictObject({ defaultName: z.string().min(1).max(255), format: z.enum(EXPORT_FORMAT_IDS).optional() }),
  exportDataset: z.strictObject({
    path: FilePath,
    format: z.enum(EXPORT_FORMAT_IDS),
    /** Only documents with these statuses (all when absent). */
    statuses: z.array(DocumentStatus).max(4).optional(),
    /** Only spans with these labels; also the IOB2 columns (all when absent). */
    labels: z.array(LabelId).max(200).optional(),
    /** Only this annotator's spans, in documents they annotated or hold a span of theirs. */
    annotator: z.string().min(1).max(200).optional(),
    /** One file (folder) per part: `data.jsonl` → `data.train.jsonl`; a folder format gets a subfolder per part. */
    split: z
      .strictObject({
        parts: z.array(z.strictObject({ name: z.string().regex(PART_NAME), ratio: z.number().positive().max(1) })).min(1).max(10),
        seed: z.number().int().safe(),
      })
      .optional(),
    /** Fail, writing nothing, rather than drop a span the format cannot hold. */
    strict: z.boolean().optional(),
  }),
  chooseImportPaths: z.strictObject({ kind: z.enum(['files', 'folder']) }),
  importFiles: z.strictObject({
    paths: z.array(FilePath).min(1).max(10_000),
    /** Detected from each file's content when absent. */
    format: z.enum(IMPORT_FORMAT_IDS).optional(),
    /** Import the good documents of a file with problems instead of none of them. */
    skipInvalid: z.boolean().optional(),
    /** Add the labels the files use that the workspace lacks, instead of refusing their spans. */
    addLabels: z.boolean().optional(),
  }),
  taskProgress: z.strictObject({}),
  verifyDocuments: z.strictObject({}),
  deleteDocument: z.strictObject({ docId: DocumentId }),
  listTrash: z.strictObject({}),
  restoreDocument: z.strictObject({ trashId: TrashId }),
  listConflicts: z.strictObject({}),
  resolveConflict: z.strictObject({ copy: ConflictCopyName, keep: z.enum(['outside', 'app']) }),
  compareWith: z.strictObject({ path: FilePath }),
  reviewDocument: z.strictObject({ docId: DocumentId }),
  decideReview: z.strictObject({ docId: DocumentId, key: z.string().min(1).max(1000), decision: z.enum(REVIEW_DECISIONS).nullable() }),
  getReview: z.strictObject({}),
  setDocumentStatus: z.strictObject({ docId: DocumentId, status: DocumentStatus }),
  /** The whole schema in its new order; every current id must stay (see removeLabel). */
  updateLabels: z.strictObject({ labels: z.array(Label).min(1).max(200) }),
  /** Without force, a label that spans use is not removed: the answer says how many. */
  removeLabel: z.strictObject({ id: LabelId, force: z.boolean().optional() }),
  /** Files dropped on the window, by name with their bytes (base64): a sandboxed window has no paths. */
  /** The suggestions for a document, learned from the workspace as it is now. */
  suggestDocument: z.strictObject({ docId: DocumentId }),
  /** Never offer this suggestion in this document again; the learner takes it as negative evidence. */
  rejectSuggestion: SuggestionSpot,
  /** Takes a rejection back (undo). */
  restoreSuggestion: SuggestionSpot,
  /** null: back to the default. */
  setSuggestionThreshold: z.strictObject({ label: LabelId, threshold: z.number().min(0).max(1).nullable() }),
  suggestionOrder: z.strictObject({}),
  /** Stored in the index and the document file (exports carry it). */
  renameDocument: z.strictObject({ docId: DocumentId, title: DocumentTitle }),
  /** Documents whose text holds every word of the query (case- and accent-insensitive). */
  searchDocuments: z.strictObject({ query: z.string().max(1000) }),
  /** Before Review mode's first decision: keeps the annotator's work as it is, in a new folder. */
  copyWorkspace: z.strictObject({}),
  importFileContents: z.strictObject({
    files: z
      .array(z.strictObject({ name: FileName, data: z.base64().max(64 * 1024 * 1024) }))
      .min(1)
      .max(1000),
  }),
} satisfies Record<ApiMethod, z.ZodType>

/** Result types. */
export interface ApiOutputs {
  getWorkspace: WorkspaceInfo
  listDocuments: DocumentSummary[]
  openDocument: OpenedDocument
  /** Sends the document again only when its file's revision is not the one the window holds. */
  reopenDocument: ReopenedDocument
  applySpanEdits: SpanEditsResult
  chooseExportPath: string | null
  /** Dropped spans are listed (docId, spanId, start, end, label, text, reason); with strict the call fails instead. */
  exportDataset: DatasetExportSummary
  /** The chosen paths; [] when cancelled or where no dialog can be shown. */
  chooseImportPaths: string[]
  importFiles: ImportSummary
  /** Poll while exportDataset or importFiles runs: documents (files) done of total. */
  taskProgress: TaskProgress
  /** Reads every document file: the damaged ones, each with its message (also marked in listDocuments from then on). */
  verifyDocuments: DocumentSummary[]
  /** Moves the document to the workspace's trash folder. */
  deleteDocument: DeletedDocument
  /** Most recently deleted first. */
  listTrash: TrashItem[]
  /** Puts it back where it was in the list. */
  restoreDocument: DocumentSummary
  listConflicts: ConflictNotice[]
  /** 'outside' keeps the document, 'app' makes the copy the document; the other side moves to the trash folder. */
  resolveConflict: DocumentSummary
  /**
   * Review mode: the workspace (A) against a .jsonl file or workspace folder (B, read only): differences and agreement.
   * A different file than the one decisions are kept for starts a fresh review (spans already decided stay).
   */
  compareWith: ReviewComparison
  /** One document's pairs with their decisions, and its spans now (the gold being built). Needs compareWith first. */
  reviewDocument: ReviewDocumentView
  /** Settles one difference (accept_a, accept_b, keep_both, drop_both) or undoes it (null); returns the document anew. */
  decideReview: ReviewDocumentView
  /** The file the workspace keeps review decisions for (to resume after a restart), or null. */
  getReview: ReviewTarget | null
  /** Written to the index before it resolves. */
  setDocumentStatus: DocumentSummary
  /** The labels as now stored. */
  updateLabels: Label[]
  removeLabel: LabelRemoval
  /** As importFiles, with each file named as it was dropped. */
  importFileContents: ImportSummary
  suggestDocument: DocumentSuggestions
  rejectSuggestion: null
  restoreSuggestion: null
  /** The thresholds as now stored. */
  setSuggestionThreshold: Record<string, number>
  /** Documents not done nor skipped, least sure first ("most to learn from"). */
  suggestionOrder: SuggestionRank[]
  renameDocument: DocumentSummary
  /** The ids, in list order; every document for a query without words. */
  searchDocuments: string[]
  /** The new folder: `<workspace>-before-review` (or -2, -3…), every file but the lock, the pending writes flushed first. */
  copyWorkspace: { path: string }
}

// The names list in api-methods.ts, the schemas and the result types must agree.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const namesAgree: [Exact<keyof typeof apiInputs, ApiMethod>, Exact<keyof ApiOutputs, ApiMethod>] = [true, true]
void namesAgree

export type ApiInput<M extends ApiMethod> = z.output<(typeof apiInputs)[M]>
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M]

/** What services.ts implements. */
export type Api = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> }

// What the window sends and receives (files named by dialog tokens) lives beside the contract.
export type { BridgeApi, ChosenPath, ChosenPaths, MenuLanguage, OpenedDocumentColumns, ReopenedDocumentColumns, WindowApi, WindowContract, WindowInput, WindowOutput, WindowOutputs } from './api-window'
