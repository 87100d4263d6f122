/** The labels whose suggestions the analyst hid, remembered on this machine beside the other display preferences. */
const KEY = 'spanwright:suggestions-hidden'

export function readHiddenLabels(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}

export function saveHiddenLabels(labels: readonly string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(labels))
  } catch {
    // Storage may be unavailable: the choice then lasts until the window closes.
  }
}
