/** The main window: secure preferences, shown once painted, loading our renderer only. */
import { BrowserWindow, type WebPreferences } from 'electron'
import { join } from 'node:path'
import type { RendererSource } from './renderer-source'
import { hardenWebContents } from './web-contents-security'

export function secureWebPreferences(mainDir: string): WebPreferences {
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
  }
}

export function createMainWindow(mainDir: string, source: RendererSource): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#fafafa',
    title: 'Spanwright',
    webPreferences: secureWebPreferences(mainDir),
  })
  hardenWebContents(window.webContents)
  window.once('ready-to-show', () => window.show())
  const loading = source.kind === 'url' ? window.loadURL(source.url) : window.loadFile(source.path)
  loading.catch((error: unknown) => console.error('spanwright: could not load the window', error))
  return window
}
