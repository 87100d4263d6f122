/** The main window: secure preferences, shown once painted, loading our renderer only. */
import { BrowserWindow, nativeTheme, type WebPreferences } from 'electron'
import { join } from 'node:path'
import type { RendererSource } from './renderer-source'
import { askBeforeLosingEdits } from './unsaved-edits'
import { hardenWebContents } from './web-contents-security'
import { DEFAULT_SIZE, MIN_SIZE, type WindowState } from './window-state'

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

/** `state`: where the window was last time (see window-state.ts); the default size otherwise. */
export function createMainWindow(mainDir: string, source: RendererSource, state?: WindowState): BrowserWindow {
  const { maximized, ...bounds }: WindowState = state ?? { ...DEFAULT_SIZE, maximized: false }
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    // The page's own background, so a dark system shows no white flash before it paints.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15181e' : '#f4f5f7',
    title: 'Spanwright',
    webPreferences: secureWebPreferences(mainDir),
  })
  hardenWebContents(window.webContents)
  askBeforeLosingEdits(window)
  window.once('ready-to-show', () => {
    if (maximized) window.maximize()
    window.show()
  })
  const loading = source.kind === 'url' ? window.loadURL(source.url) : window.loadFile(source.path)
  loading.catch((error: unknown) => console.error('spanwright: could not load the window', error))
  return window
}
