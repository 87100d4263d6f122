import type { DocumentSummary } from '../api'
import type { SpanEditContext } from '../core/apply-span-edits'
import type { IndexEntry } from '../core/model'
import type { SuggestionEngine } from './suggest/engine'
import type { Workspace } from '../store/workspace/workspace'
import type { Progress } from './progress'

export interface FileFilter {
  name: string
  /** Without dots; [] accepts any file. */
  extensions: string[]
}

export interface Dialogs {
  /** Asks where to save; null when the user cancels. `filter` narrows the file types offered. */
  chooseSavePath(defaultName: string, filter?: FileFilter): Promise<string | null>
  /**
   * Asks for files (several) or one folder to open; [] when the user cancels.
   * Absent where nothing can ask (the command line takes paths as arguments).
   */
  chooseOpenPaths?(kind: 'files' | 'folder'): Promise<string[]>
}

/** What every group of service methods is built from. */
export interface ServiceContext {
  workspace: Workspace
  /** What to suggest, and the analyst's decisions on suggestions. */
  suggestions: SuggestionEngine
  dialogs: Dialogs
  /** The current time as an ISO string (a fixed clock in tests). */
  now(): string
  /** A new span id. */
  newId(): string
  editContext(): SpanEditContext
  /** How far the running export or import is (taskProgress). */
  progress: Progress
  /** Opens another workspace folder as this one was opened (Review mode's copy). */
  openWorkspace(dir: string): Promise<Workspace>
}

export function summaryOf(entry: IndexEntry, damaged?: string): DocumentSummary {
  const summary: DocumentSummary = { id: entry.id, title: entry.title, source: entry.source, status: entry.status, spanCount: entry.span_count }
  if (damaged !== undefined) summary.damaged = damaged
  return summary
}
