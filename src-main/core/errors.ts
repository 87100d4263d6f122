/**
 * Errors a user may see. `code` lets callers (IPC, CLI exit codes) react without
 * parsing messages; `message` is written for the person reading it.
 */
export type ErrorCode = 'invalid_argument' | 'not_found' | 'invalid_file' | 'io' | 'internal'

export class SpanwrightError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'SpanwrightError'
  }
}
