/** Everything a command may touch: the contract and the state modules. */
import type { WindowApi } from '../../src-main/api'
import type { ActivityState } from './activity.svelte'
import type { DocumentState } from '../editor/document.svelte'
import type { DialogsState } from './dialogs.svelte'
import type { NoticesState } from '../ui/notices.svelte'
import type { PreferencesState } from './preferences.svelte'
import type { SavingState } from '../storage/saving.svelte'
import type { TextSelectionState } from '../editor/text-selection.svelte'
import type { WorkspaceState } from '../sidebar/workspace.svelte'
import type { CursorState } from '../editor/cursor.svelte'
import type { FindState } from '../find/find.svelte'
import type { HistoryState } from '../editor/history.svelte'
import type { PanelState } from '../spans/panel.svelte'
import type { OpenedDocuments } from '../editor/opened-documents'
import type { PendingSavesState } from '../editor/pending-saves.svelte'
import type { StorageUiState } from '../storage/storage-state.svelte'
import type { SuggestionsState } from '../suggestions/suggestions.svelte'

export interface AppContext {
  api: WindowApi
  workspace: WorkspaceState
  doc: DocumentState
  textSelection: TextSelectionState
  notices: NoticesState
  activity: ActivityState
  preferences: PreferencesState
  /** Edits whose save failed, kept and retried (see storage/kept-edits.ts). */
  saving: SavingState
  retrySaves(): void
  dialogs: DialogsState
  /** The keyboard caret (editor/caret.ts). */
  cursor: CursorState
  find: FindState
  /** Undo and redo of span edits, per document. */
  history: HistoryState
  /** Span edits shown and not yet on disk (editor/span-editor.ts). */
  pendingSaves: PendingSavesState
  /** Documents opened before, at the revision they were read (sidebar/documents.ts). */
  opened: OpenedDocuments
  panel: PanelState
  /** The export dialog, trash, conflicts and damaged documents (storage/, export/). */
  storage: StorageUiState
  /** The open document's suggestions (ghost spans, the panel's section). */
  suggestions: SuggestionsState
  /** Ctrl+Z after a deletion: restores it when nothing was edited since (storage-commands.ts); false otherwise. */
  undoDeletion(): boolean
}
