/**
 * How a save the file system refused is told apart from a refused edit. Its
 * message (services/save-errors.ts) starts with SAVE_FAILURE; the window looks
 * at the message because that is all of an error that crosses Electron's
 * contextBridge (its class and code stay behind).
 */
export const SAVE_FAILURE = 'could not save '

export function isSaveFailure(error: unknown): error is Error {
  return error instanceof Error && error.message.startsWith(SAVE_FAILURE)
}
