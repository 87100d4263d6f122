/** The span panel's own state: which label it lists, and requests to focus the selected span's note. */
export class PanelState {
  /** Only spans of this label are listed (null: all). */
  filter = $state<string | null>(null)
  /** Bumped to put the keyboard focus on the selected span's note (Enter in the text). */
  noteRequest = $state(0)
}
