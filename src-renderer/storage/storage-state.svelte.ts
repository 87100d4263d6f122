/** The storage views' state: which of their dialogs is open, the running export's progress, what it dropped. */
import type { ConflictNotice, DroppedSpan, TaskProgress, TrashItem } from '../../src-main/api'

export type StorageDialog = 'export' | 'dropped' | 'trash' | 'conflicts'

export class StorageUiState {
  open = $state<StorageDialog | null>(null)
  /** The running export's progress (null when none runs). */
  progress = $state<TaskProgress | null>(null)
  dropped = $state.raw<DroppedSpan[]>([])
  trash = $state.raw<TrashItem[]>([])
  conflicts = $state.raw<ConflictNotice[]>([])
  /** The damaged document chosen in the list: its message is shown instead of its text. */
  damagedId = $state<string | null>(null)

  show(dialog: StorageDialog): void {
    this.open = dialog
  }
  close(): void {
    this.open = null
  }
}
