/** The native menu, as a pure template so it can be tested without Electron. */
import type { MenuItemConstructorOptions } from 'electron'
import { basename } from 'node:path'
import type { AppCommand } from '../api-methods'

export type SendCommand = (command: AppCommand) => void

/** Opening workspaces: done in the main process, which owns the services. */
export interface WorkspaceMenu {
  /** Most recent first; the open one included. */
  recent: readonly string[]
  openWorkspace(): void
  openRecent(dir: string): void
  clearRecent(): void
}

/**
 * A shortcut the window handles itself (it knows whether a text field has the
 * focus): shown in the menu but not registered, so one key press runs once.
 */
const inWindow = (accelerator: string): Pick<MenuItemConstructorOptions, 'accelerator' | 'registerAccelerator'> => ({
  accelerator,
  registerAccelerator: false,
})

export function menuTemplate(platform: NodeJS.Platform, isPackaged: boolean, send: SendCommand, workspaces?: WorkspaceMenu): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const item = (label: string, command: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? inWindow(accelerator) : {}),
  })
  const recent = workspaces?.recent ?? []
  const openItems: MenuItemConstructorOptions[] = workspaces
    ? [
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: () => workspaces.openWorkspace() },
        {
          label: 'Open Recent',
          submenu: [
            ...recent.map((dir) => ({ label: `${basename(dir)} — ${dir}`, click: () => workspaces.openRecent(dir) })),
            ...(recent.length ? [{ type: 'separator' } as const] : []),
            { label: 'Clear Recent', enabled: recent.length > 0, click: () => workspaces.clearRecent() },
          ],
        },
        { type: 'separator' },
      ]
    : []
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      ...openItems,
      item('Import Files…', 'import-files', 'CmdOrCtrl+I'),
      { label: 'Export JSONL…', accelerator: 'CmdOrCtrl+E', click: () => send('export-jsonl') },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // The window undoes span edits, or the typing in a text field when one has the focus.
      item('Undo', 'undo', 'CmdOrCtrl+Z'),
      item('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      item('Find…', 'find', 'CmdOrCtrl+F'),
      item('Find Next', 'find-next', 'F3'),
      item('Find Previous', 'find-previous', 'Shift+F3'),
      { type: 'separator' },
      {
        label: 'Mark Document As',
        submenu: [
          item('To Do', 'status-todo', 'CmdOrCtrl+Shift+T'),
          item('In Progress', 'status-in_progress', 'CmdOrCtrl+Shift+P'),
          item('Done', 'status-done', 'CmdOrCtrl+Shift+D'),
          item('Skipped', 'status-skipped', 'CmdOrCtrl+Shift+S'),
        ],
      },
      item('Labels…', 'edit-labels', 'CmdOrCtrl+Shift+L'),
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      item('Next Unfinished Document', 'next-unfinished', 'F8'),
      item('Previous Unfinished Document', 'previous-unfinished', 'Shift+F8'),
      { type: 'separator' },
      {
        label: 'Appearance',
        submenu: [item('Follow System', 'theme-system'), item('Light', 'theme-light'), item('Dark', 'theme-dark')],
      },
      { label: 'Language', submenu: [item('English', 'language-en'), item('Tiếng Việt', 'language-vi')] },
      { type: 'separator' },
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
  // Review mode (the window's): the open workspace against another annotator's file or folder.
  const review: MenuItemConstructorOptions = {
    label: 'Review',
    submenu: [
      item('Compare with File…', 'review-compare-file'),
      item('Compare with Workspace Folder…', 'review-compare-folder'),
      { type: 'separator' },
      item('Agreement', 'review-agreement'),
      item('Close Review', 'review-close'),
    ],
  }
  // The 'about' role calls app.showAboutPanel() on every platform.
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      item('Annotation Guidelines', 'show-guidelines', 'F1'),
      item('Keyboard Shortcuts', 'show-shortcuts', '?'),
      { type: 'separator' },
      { role: 'about', label: 'About Spanwright' },
    ],
  }
  // On macOS the first menu is the application menu (About, Hide, Quit…).
  const appMenu: MenuItemConstructorOptions[] = mac ? [{ role: 'appMenu' }] : []
  return [...appMenu, file, edit, view, review, help]
}
