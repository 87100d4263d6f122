/** The native menu, as a pure template so it can be tested without Electron. */
import type { MenuItemConstructorOptions } from 'electron'
import { basename } from 'node:path'
import type { AppCommand, UiLocale } from '../api-methods'
import { acceleratorOf } from '../core/keymap'
import { MENU_STRINGS } from './menu-strings'

export type SendCommand = (command: AppCommand) => void

/** Opening workspaces: done in the main process, which owns the services. */
export interface WorkspaceMenu {
  /** Most recent first; the open one included. */
  recent: readonly string[]
  openWorkspace(): void
  openRecent(dir: string): void
  clearRecent(): void
}

/** `locale`: the window's language (it tells the main process at start and on each change). */
export function menuTemplate(
  platform: NodeJS.Platform,
  isPackaged: boolean,
  send: SendCommand,
  workspaces?: WorkspaceMenu,
  locale: UiLocale = 'en',
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const w = MENU_STRINGS[locale]
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
        { label: w.openWorkspace, accelerator: 'CmdOrCtrl+O', click: () => workspaces.openWorkspace() },
        {
          label: w.openRecent,
          submenu: [
            ...recent.map((dir) => ({ label: `${basename(dir)} — ${dir}`, click: () => workspaces.openRecent(dir) })),
            ...(recent.length ? [{ type: 'separator' } as const] : []),
            { label: w.clearRecent, enabled: recent.length > 0, click: () => workspaces.clearRecent() },
          ],
        },
        { type: 'separator' },
      ]
    : []
  const file: MenuItemConstructorOptions = {
    label: w.file,
    submenu: [
      ...openItems,
      item(w.importFiles, 'import-files'),
      item(w.export, 'export-jsonl'),
      { type: 'separator' },
      mac ? { role: 'close', label: w.close } : { role: 'quit', label: w.quit },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: w.edit,
    submenu: [
      // The window undoes span edits, or the typing in a text field when one has the focus.
      item(w.undo, 'undo'),
      item(w.redo, 'redo'),
      { type: 'separator' },
      { role: 'cut', label: w.cut },
      { role: 'copy', label: w.copy },
      { role: 'paste', label: w.paste },
      { role: 'selectAll', label: w.selectAll },
      { type: 'separator' },
      item(w.find, 'find'),
      item(w.findNext, 'find-next'),
      item(w.findPrevious, 'find-previous'),
      { type: 'separator' },
      {
        label: w.markAs,
        submenu: [
          item(w.todo, 'status-todo'),
          item(w.inProgress, 'status-in_progress'),
          item(w.done, 'status-done'),
          item(w.skipped, 'status-skipped'),
        ],
      },
      item(w.labels, 'edit-labels'),
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: w.view,
    submenu: [
      item(w.nextUnfinished, 'next-unfinished'),
      item(w.previousUnfinished, 'previous-unfinished'),
      { type: 'separator' },
      {
        label: w.appearance,
        submenu: [item(w.followSystem, 'theme-system'), item(w.light, 'theme-light'), item(w.dark, 'theme-dark')],
      },
      { label: w.language, submenu: [item('English', 'language-en'), item('Tiếng Việt', 'language-vi')] },
      { type: 'separator' },
      { role: 'reload', label: w.reload },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools', label: w.devTools } as const]),
      { type: 'separator' },
      { role: 'resetZoom', label: w.resetZoom },
      { role: 'zoomIn', label: w.zoomIn },
      { role: 'zoomOut', label: w.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: w.fullScreen },
    ],
  }
  // Review mode (the window's): the open workspace against another annotator's file or folder.
  const review: MenuItemConstructorOptions = {
    label: w.review,
    submenu: [
      item(w.compareFile, 'review-compare-file'),
      item(w.compareFolder, 'review-compare-folder'),
      { type: 'separator' },
      item(w.agreement, 'review-agreement'),
      item(w.closeReview, 'review-close'),
    ],
  }
  // The 'about' role calls app.showAboutPanel() on every platform.
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: w.help,
    submenu: [
      item(w.guidelines, 'show-guidelines'),
      item(w.shortcuts, 'show-shortcuts'),
      { type: 'separator' },
      { role: 'about', label: w.about },
    ],
  }
  // On macOS the first menu is the application menu (About, Hide, Quit…), spelled out so each item has the window's language.
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about', label: w.about },
            { type: 'separator' },
            { role: 'services', label: w.services },
            { type: 'separator' },
            { role: 'hide', label: w.hide },
            { role: 'hideOthers', label: w.hideOthers },
            { role: 'unhide', label: w.showAll },
            { type: 'separator' },
            { role: 'quit', label: w.quitApp },
          ],
        },
      ]
    : []
  return [...appMenu, file, edit, view, review, help]
}
