/** Everything a command may touch: the contract and the state modules. */
import type { WindowApi } from '../../../src-main/api'
import type { ActivityState } from '../state/activity.svelte'
import type { DocumentState } from '../state/document.svelte'
import type { DialogsState } from '../state/dialogs.svelte'
import type { NoticesState } from '../state/notices.svelte'
import type { PreferencesState } from '../state/preferences.svelte'
import type { SavingState } from '../state/saving.svelte'
import type { TextSelectionState } from '../state/text-selection.svelte'
import type { WorkspaceState } from '../state/workspace.svelte'
import type { CursorState } from '../state/cursor.svelte'
import type { FindState } from '../state/find.svelte'
import type { HistoryState } from '../state/history.svelte'
import type { PanelState } from '../state/panel.svelte'
import type { OpenedDocuments } from '../state/opened-documents'
import type { PendingSavesState } from '../state/pending-saves.svelte'
import type { StorageUiState } from '../storage/storage-state.svelte'

export interface AppContext {
  api: WindowApi
  workspace: WorkspaceState
  doc: DocumentState
  textSelection: TextSelectionState
  notices: NoticesState
  activity: ActivityState
  preferences: PreferencesState
  /** Edits whose save failed, kept and retried (see kept-edits.ts). */
  saving: SavingState
  retrySaves(): void
  dialogs: DialogsState
  /** The keyboard caret (commands/caret.ts). */
  cursor: CursorState
  find: FindState
  /** Undo and redo of span edits, per document. */
  history: HistoryState
  /** Span edits shown and not yet on disk (commands/span-editor.ts). */
  pendingSaves: PendingSavesState
  /** Documents opened before, at the revision they were read (commands/documents.ts). */
  opened: OpenedDocuments
  panel: PanelState
  /** The export dialog, trash, conflicts and damaged documents (lib/storage, lib/export). */
  storage: StorageUiState
}
