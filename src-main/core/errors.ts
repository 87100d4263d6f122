/**
 * Errors a user may see. `code` lets callers (IPC, CLI exit codes) react without
 * parsing messages; `message` is written for the person reading it.
 */
export type ErrorCode =
  | 'invalid_argument'
  | 'not_found'
  | 'invalid_file'
  | 'io'
  | 'internal'
  /** A file was written by a newer Spanwright: refused, never rewritten. */
  | 'newer_version'
  /** The file changed outside Spanwright: the outside version was kept, the edit saved as a conflict copy. */
  | 'conflict'
  /** Another process holds the workspace lock. */
  | 'locked'
  /** The workspace cannot be written (read-only file system, no permission, or opened for reading). */
  | 'read_only'

export class SpanwrightError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'SpanwrightError'
  }
}
