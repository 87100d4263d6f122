/** The native menu, as a pure template so it can be tested without Electron. */
import type { MenuItemConstructorOptions } from 'electron'
import { basename } from 'node:path'
import type { AppCommand } from '../api-methods'
import { acceleratorOf } from '../core/keymap'

export type SendCommand = (command: AppCommand) => void

/** Opening workspaces: done in the main process, which owns the services. */
export interface WorkspaceMenu {
  /** Most recent first; the open one included. */
  recent: readonly string[]
  openWorkspace(): void
  openRecent(dir: string): void
  clearRecent(): void
}

export function menuTemplate(platform: NodeJS.Platform, isPackaged: boolean, send: SendCommand, workspaces?: WorkspaceMenu): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  // Keys come from core/keymap.ts. Most are the window's to handle (it knows whether a text
  // field has the focus): shown here but not registered, so one key press runs once.
  const item = (label: string, command: AppCommand): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...acceleratorOf(command),
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
      item('Import Files…', 'import-files'),
      item('Export…', 'export-jsonl'),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // The window undoes span edits, or the typing in a text field when one has the focus.
      item('Undo', 'undo'),
      item('Redo', 'redo'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      item('Find…', 'find'),
      item('Find Next', 'find-next'),
      item('Find Previous', 'find-previous'),
      { type: 'separator' },
      {
        label: 'Mark Document As',
        submenu: [
          item('To Do', 'status-todo'),
          item('In Progress', 'status-in_progress'),
          item('Done', 'status-done'),
          item('Skipped', 'status-skipped'),
        ],
      },
      item('Labels…', 'edit-labels'),
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      item('Next Unfinished Document', 'next-unfinished'),
      item('Previous Unfinished Document', 'previous-unfinished'),
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
      item('Annotation Guidelines', 'show-guidelines'),
      item('Keyboard Shortcuts', 'show-shortcuts'),
      { type: 'separator' },
      { role: 'about', label: 'About Spanwright' },
    ],
  }
  // On macOS the first menu is the application menu (About, Hide, Quit…).
  const appMenu: MenuItemConstructorOptions[] = mac ? [{ role: 'appMenu' }] : []
  return [...appMenu, file, edit, view, review, help]
}
