/** Everything a command may touch: the contract and the state modules. */
import type { WindowApi } from '../../../src-main/api'
import type { ActivityState } from '../state/activity.svelte'
import type { DocumentState } from '../state/document.svelte'
import type { NoticesState } from '../state/notices.svelte'
import type { TextSelectionState } from '../state/text-selection.svelte'
import type { WorkspaceState } from '../state/workspace.svelte'

export interface AppContext {
  api: WindowApi
  workspace: WorkspaceState
  doc: DocumentState
  textSelection: TextSelectionState
  notices: NoticesState
  activity: ActivityState
}
