/** Holds the quit until the services have flushed and closed, exactly once. */
import type { App } from 'electron'

export function closeOnQuit(app: App, close: () => Promise<void>): void {
  let state: 'open' | 'closing' | 'closed' = 'open'
  app.on('before-quit', (event) => {
    if (state === 'closed') return
    event.preventDefault()
    if (state === 'closing') return
    state = 'closing'
    close()
      .catch((error: unknown) => console.error('spanwright: closing the workspace failed', error))
      .finally(() => {
        state = 'closed'
        app.quit()
      })
  })
}
