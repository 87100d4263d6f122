/**
 * The Electron main process: app lifecycle, services, IPC, menu and window.
 * Wiring only; each job lives in ./main/*.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { COMMAND_CHANNEL, type AppCommand } from './api-methods'
import { registerIpc } from './ipc'
import { closeOnQuit } from './main/close-on-quit'
import { electronDialogs } from './main/dialogs'
import { menuTemplate } from './main/menu'
import { rendererSource, type RendererSource } from './main/renderer-source'
import { hardenSession } from './main/session-security'
import { claimSingleInstance } from './main/single-instance'
import { createTrustedSender } from './main/trusted-sender'
import { createMainWindow } from './main/window'
import { openServices, type Services } from './services'
import { resolveWorkspaceDir } from './store/default-workspace'

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
  const services = await openWorkspace()
  if (!services) return
  closeOnQuit(app, () => services.close())
  registerIpc(ipcMain, services, createTrustedSender(source))
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, app.isPackaged, sendCommand)))
  const showWindow = (): void => {
    const window = createMainWindow(mainDir, source)
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

async function openWorkspace(): Promise<Services | null> {
  try {
    const workspaceDir = resolveWorkspaceDir(process.argv, process.env, app.getPath('userData'))
    // In dev and preview the app path is the project root. A packaged app would
    // ship resources/ outside the asar and use process.resourcesPath instead.
    const resourcesDir = join(app.getAppPath(), 'resources')
    return await openServices({ workspaceDir, resourcesDir, dialogs: electronDialogs() })
  } catch (error) {
    fail(error)
    return null
  }
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
