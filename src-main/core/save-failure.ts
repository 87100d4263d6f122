/**
 * How a save the file system refused, or one that lost to another program's
 * change, is told apart from a refused edit. A refused save's message
 * (services/save-errors.ts) starts with SAVE_FAILURE; the window looks
 * at the message because that is all of an error that crosses Electron's
 * contextBridge (its class and code stay behind).
 */
export const SAVE_FAILURE = 'could not save '

export function isSaveFailure(error: unknown): error is Error {
  return error instanceof Error && error.message.startsWith(SAVE_FAILURE)
}

/** The message of an edit refused because another program changed the file (store/document-store.ts). */
export const CONFLICT_FAILURE = 'was changed outside Spanwright'

export const isConflictFailure = (message: string): boolean => message.includes(CONFLICT_FAILURE)
