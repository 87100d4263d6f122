/**
 * The window refuses to unload while edits whose save failed are kept in its
 * memory (its beforeunload handler says so). Closing or reloading then asks the
 * person first, instead of silently losing those edits or silently refusing.
 */
import { dialog, type BrowserWindow } from 'electron'

export function askBeforeLosingEdits(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Keep the window open', 'Close and lose them'],
      defaultId: 0,
      cancelId: 0,
      title: 'Edits not saved',
      message: 'Some edits could not be saved yet.',
      detail: 'The workspace folder refused the write (the banner in the window says why). They are kept in the window and saved as soon as the folder can be written.',
    })
    // preventDefault here lets the unload go ahead despite the page's refusal.
    if (choice === 1) event.preventDefault()
  })
}
