import type { WorkspaceChoice } from '../store/workspace/default-workspace'

/** What commands need from their surroundings; tests pass their own. */
export interface CliContext {
  resourcesDir: string
  /** The workspace folder: the option when given, else the environment's or the app's default, and which of them it is. */
  workspace(option: string | undefined): WorkspaceChoice
  stdout(text: string): void
  stderr(text: string): void
  /** Colour human output; when unset, only when stdout is a terminal (and NO_COLOR is not set). */
  color?: boolean
  /** Draw progress bars on stderr; when unset, only when stderr is a terminal. */
  progress?: boolean
}
