import type { DocumentSummary } from '../api'
import type { EditContext } from '../core/document-edits'
import type { IndexEntry } from '../core/model'
import type { Workspace } from '../store/workspace'

export interface Dialogs {
  /** Asks where to save; null when the user cancels. */
  chooseSavePath(defaultName: string): Promise<string | null>
}

/** What every group of service methods is built from. */
export interface ServiceContext {
  workspace: Workspace
  dialogs: Dialogs
  /** The current time as an ISO string (a fixed clock in tests). */
  now(): string
  /** A new span id. */
  newId(): string
  editContext(): EditContext
}

export function summaryOf(entry: IndexEntry): DocumentSummary {
  return { id: entry.id, title: entry.title, source: entry.source, status: entry.status, spanCount: entry.span_count }
}
