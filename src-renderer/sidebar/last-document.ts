/** Remembers the last document opened in each workspace, across restarts (localStorage). */
const key = (workspacePath: string): string => `spanwright:last-document:${workspacePath}`

export function rememberLastDocument(workspacePath: string, docId: string): void {
  try {
    localStorage.setItem(key(workspacePath), docId)
  } catch {
    // Storage may be unavailable or full: forgetting the last document is harmless.
  }
}

export function lastDocument(workspacePath: string): string | null {
  try {
    return localStorage.getItem(key(workspacePath))
  } catch {
    return null
  }
}
