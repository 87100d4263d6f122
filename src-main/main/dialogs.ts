/** Native dialogs the services need, implemented with Electron. */
import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron'
import { join } from 'node:path'
import type { Dialogs } from '../services'

export function electronDialogs(): Dialogs {
  return {
    async chooseSavePath(defaultName) {
      const options: SaveDialogOptions = {
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: [{ name: 'JSON Lines', extensions: ['jsonl'] }],
      }
      const window = BrowserWindow.getFocusedWindow()
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
  }
}
