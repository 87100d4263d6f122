/**
 * How a call's result crosses IPC and the contextBridge: as data, since Electron
 * would prefix and mangle a thrown error's message and drop its class and code.
 * Pure, so the preload, the main process and the window all use the same shape.
 */
import type { ErrorCode } from './errors'

export interface ApiFailure {
  code: string
  message: string
}
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiFailure }

/** A refused call on the window's side: `code` says what happened (see core/errors.ts), `message` is for the analyst. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value
  throw new ApiError(envelope.error.code, envelope.error.message)
}

/** True when `error` is a refused call with `code`: how the window decides what to do, never by a message's words. */
export function hasCode(error: unknown, code: ErrorCode): error is ApiError {
  return error instanceof ApiError && error.code === code
}
