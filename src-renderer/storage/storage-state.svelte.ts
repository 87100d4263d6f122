/** The storage views' state: which of their dialogs is open, the running export's progress, what it dropped. */
import type { ConflictNotice, DroppedSpan, TaskProgress, TrashItem } from '../../src-main/api'

export type StorageDialog = 'export' | 'dropped' | 'trash' | 'conflicts' | 'confirm-delete'

/** The last deletion, undoable (Ctrl+Z, the message's Undo) until a later edit is recorded. */
export interface UndoableDeletion {
  trashId: string
  docId: string
  title: string
  /** HistoryState.recorded when it happened. */
  recorded: number
  /** It was the open document: restoring opens it again. */
  wasOpen: boolean
}

export class StorageUiState {
  open = $state<StorageDialog | null>(null)
  /** The running export's progress (null when none runs). */
  progress = $state<TaskProgress | null>(null)
  dropped = $state.raw<DroppedSpan[]>([])
  trash = $state.raw<TrashItem[]>([])
  conflicts = $state.raw<ConflictNotice[]>([])
  /** The damaged document chosen in the list: its message is shown instead of its text. */
  damagedId = $state<string | null>(null)
  /** The document the delete confirmation asks about. */
  confirmDelete = $state<string | null>(null)
  deletion = $state<UndoableDeletion | null>(null)

  show(dialog: StorageDialog): void {
    this.open = dialog
  }
  close(): void {
    this.open = null
  }
}
