/** One app per user: a second launch focuses the first window and quits. */
import type { App, BrowserWindow } from 'electron'

/** Returns false when another instance holds the lock (this one should quit). */
export function claimSingleInstance(app: App, getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false
  app.on('second-instance', () => {
    const window = getWindow()
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  })
  return true
}
