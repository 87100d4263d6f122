/**
 * File → Open Workspace… and Open Recent: choose a folder, reopen the services
 * on it, remember it, and reload the window so it shows the new workspace.
 */
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron'
import { resolve } from 'node:path'
import type { WorkspaceMenu } from './menu'
import type { RecentWorkspaces } from './recent-workspaces'
import type { WorkspaceSession } from './workspace-session'

export interface WorkspaceActionDeps {
  session: WorkspaceSession
  recent: RecentWorkspaces
  dialog: Pick<Dialog, 'showOpenDialog' | 'showErrorBox'>
  window(): BrowserWindow | null
  /** The recent list or the open workspace changed: rebuild the menu. */
  changed(): void
  /** The system's own recent list (macOS Dock, Windows jump list). */
  addRecentDocument?(path: string): void
}

export type WorkspaceActions = Omit<WorkspaceMenu, 'recent'> & {
  /** Opens `dir`; false (after telling the person why) when it cannot be opened. */
  switchTo(dir: string): Promise<boolean>
}

export function workspaceActions(deps: WorkspaceActionDeps): WorkspaceActions {
  const switchTo = async (dir: string): Promise<boolean> => {
    const target = resolve(dir)
    try {
      await deps.session.open(target)
    } catch (error) {
      deps.dialog.showErrorBox('Could not open the workspace', error instanceof Error ? error.message : String(error))
      return false
    }
    await deps.recent.add(target)
    deps.addRecentDocument?.(target)
    deps.changed()
    deps.window()?.webContents.reload()
    return true
  }
  return {
    switchTo,
    openWorkspace: () => {
      const options: OpenDialogOptions = { title: 'Open Workspace', properties: ['openDirectory', 'createDirectory'] }
      const window = deps.window()
      void (window ? deps.dialog.showOpenDialog(window, options) : deps.dialog.showOpenDialog(options)).then((result) => {
        const dir = result.canceled ? undefined : result.filePaths[0]
        if (dir) return switchTo(dir)
        return false
      })
    },
    openRecent: (dir) => void switchTo(dir),
    clearRecent: () => void deps.recent.clear().then(() => deps.changed()),
  }
}
