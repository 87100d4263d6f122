/** Native dialogs the services need, implemented with Electron. */
import { app, BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import { join } from 'node:path'
import type { Dialogs } from '../services'

const JSON_LINES = { name: 'JSON Lines', extensions: ['jsonl'] }
/** What File → Import reads: every export format, plain text and Markdown. */
const IMPORTABLE = { name: 'Spanwright, spaCy, Prodigy, doccano, Label Studio, brat, CoNLL, HF, text', extensions: ['jsonl', 'json', 'conll', 'ann', 'txt', 'md'] }

export function electronDialogs(): Dialogs {
  return {
    async chooseSavePath(defaultName, filter = JSON_LINES) {
      const options: SaveDialogOptions = {
        defaultPath: join(app.getPath('documents'), defaultName),
        // A folder format (brat) offers no file type: the name typed becomes the folder.
        filters: filter.extensions.length ? [filter] : [],
      }
      const window = BrowserWindow.getFocusedWindow()
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPaths(kind) {
      // One dialog cannot pick files and folders on Windows and Linux, so the caller says which.
      const options: OpenDialogOptions =
        kind === 'folder'
          ? { defaultPath: app.getPath('documents'), properties: ['openDirectory'] }
          : { defaultPath: app.getPath('documents'), properties: ['openFile', 'multiSelections'], filters: [IMPORTABLE, { name: 'All files', extensions: ['*'] }] }
      const window = BrowserWindow.getFocusedWindow()
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled ? [] : result.filePaths
    },
  }
}
