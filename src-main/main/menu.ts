/** The native menu, as a pure template so it can be tested without Electron. */
import type { MenuItemConstructorOptions } from 'electron'
import type { AppCommand } from '../api-methods'

export type SendCommand = (command: AppCommand) => void

export function menuTemplate(platform: NodeJS.Platform, isPackaged: boolean, send: SendCommand): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Export JSONL…', accelerator: 'CmdOrCtrl+E', click: () => send('export-jsonl') },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }
  // The 'about' role calls app.showAboutPanel() on every platform.
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [{ role: 'about', label: 'About Spanwright' }] }
  // On macOS the first menu is the application menu (About, Hide, Quit…).
  const appMenu: MenuItemConstructorOptions[] = mac ? [{ role: 'appMenu' }] : []
  return [...appMenu, file, edit, view, help]
}
