/**
 * The Electron main process: app lifecycle, services, IPC, menu and window.
 * Wiring only; each job lives in its own file beside this one.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { COMMAND_CHANNEL, type AppCommand, type UiLocale } from '../api-methods'
import { registerIpc } from './ipc'
import { closeOnQuit } from './close-on-quit'
import { electronDialogs } from './dialogs'
import { menuTemplate } from './menu'
import { RECENT_FILE, RecentWorkspaces, startupWorkspace } from './recent-workspaces'
import { rendererSource, type RendererSource } from './renderer-source'
import { hardenSession } from './session-security'
import { claimSingleInstance } from './single-instance'
import { createTrustedSender } from './trusted-sender'
import { createMainWindow } from './window'
import { loadWindowState, rememberWindowState, WINDOW_STATE_FILE } from './window-state'
import { workspaceActions } from './workspace-actions'
import { WorkspaceSession } from './workspace-session'
import { openServices } from '../services'
import { resolveWorkspaceDir } from '../store/workspace/default-workspace'

/** out/main when built; the main bundle is ESM, so there is no __dirname. */
const mainDir = fileURLToPath(new URL('.', import.meta.url))
let mainWindow: BrowserWindow | null = null

if (claimSingleInstance(app, () => mainWindow)) start()
else app.quit()

function start(): void {
  app.enableSandbox()
  const source = rendererSource(mainDir, process.env, app.isPackaged)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app
    .whenReady()
    .then(() => ready(source))
    .catch(fail)
}

async function ready(source: RendererSource): Promise<void> {
  hardenSession(session.defaultSession, source)
  const userData = app.getPath('userData')
  const recent = RecentWorkspaces.load(join(userData, RECENT_FILE))
  // In dev and preview the app path is the project root. A packaged app would
  // ship resources/ outside the asar and use process.resourcesPath instead.
  const resourcesDir = join(app.getAppPath(), 'resources')
  // IPC handlers delegate to whichever workspace is open, so File → Open Workspace… can swap it.
  const suggestWorker = fileURLToPath(new URL('./suggest-worker.js', import.meta.url))
  const workspaces = new WorkspaceSession((workspaceDir) => openServices({ workspaceDir, resourcesDir, dialogs: electronDialogs(), suggestWorker }))
  const first = startupWorkspace(process.argv, process.env, resolveWorkspaceDir(process.argv, process.env, userData), recent.paths, existsSync)
  try {
    await workspaces.open(first)
  } catch (error) {
    fail(error)
    return
  }
  closeOnQuit(app, () => workspaces.close())
  // English until the window says which language it speaks (at start, and on each change).
  let menuLocale: UiLocale = 'en'
  registerIpc(ipcMain, workspaces.api, createTrustedSender(source), {
    setMenuLanguage: ({ locale }) => {
      if (locale === menuLocale) return
      menuLocale = locale
      installMenu()
    },
  })
  const actions = workspaceActions({
    session: workspaces,
    recent,
    dialog,
    window: () => mainWindow,
    changed: () => installMenu(),
    addRecentDocument: (path) => app.addRecentDocument(path),
  })
  const installMenu = (): void =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, app.isPackaged, sendCommand, { recent: recent.paths, ...actions }, menuLocale)))
  void recent.add(first) // the list changes at once; the file follows
  installMenu()
  const windowStateFile = join(userData, WINDOW_STATE_FILE)
  const showWindow = (): void => {
    const state = loadWindowState(windowStateFile, screen.getAllDisplays().map((d) => d.workArea))
    const window = createMainWindow(mainDir, source, state)
    rememberWindowState(window, windowStateFile)
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null
    })
    mainWindow = window
  }
  showWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showWindow()
  })
}

function sendCommand(command: AppCommand): void {
  const window = BrowserWindow.getFocusedWindow() ?? mainWindow
  window?.webContents.send(COMMAND_CHANNEL, command)
}

/** Startup failed: tell the person why in one sentence (the details go to the log), then exit. */
function fail(error: unknown): void {
  console.error('spanwright: could not start', error)
  dialog.showErrorBox('Spanwright could not start', error instanceof Error ? error.message : String(error))
  app.exit(1)
}
