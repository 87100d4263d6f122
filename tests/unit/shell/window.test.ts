import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, FakeEvent } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())

const { createMainWindow } = await import('../../../src-main/shell/window')

const built = { kind: 'file', path: '/app/out/renderer/index.html' } as const

beforeEach(() => {
  vi.clearAllMocks()
  FakeBrowserWindow.instances = []
  FakeBrowserWindow.focused = null
})

const create = (source: Parameters<typeof createMainWindow>[1] = built): FakeBrowserWindow =>
  createMainWindow('/app/out/main', source) as unknown as FakeBrowserWindow

describe('createMainWindow', () => {
  it('uses exactly the secure web preferences, with the preload next to the main bundle', () => {
    const window = create()
    expect(window.options['webPreferences']).toEqual({
      preload: expect.stringMatching(/[\\/]out[\\/]preload[\\/]index\.cjs$/),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    })
    expect(window.options).toMatchObject({ width: 1280, height: 820, minWidth: 900, minHeight: 600, title: 'Spanwright' })
  })

  it('stays hidden until the page is ready to show', () => {
    const window = create()
    expect(window.options['show']).toBe(false)
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledOnce()
  })

  it('loads the built renderer file, or the dev server URL in dev', () => {
    expect(create().loadFile).toHaveBeenCalledExactlyOnceWith('/app/out/renderer/index.html')
    const dev = create({ kind: 'url', url: 'http://localhost:5173' })
    expect(dev.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173')
    expect(dev.loadFile).not.toHaveBeenCalled()
  })

  it('denies window.open', () => {
    const { webContents } = create()
    expect(webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(webContents.windowOpenHandler?.({ url: 'file:///app/out/renderer/index.html' })).toEqual({ action: 'deny' })
  })

  it('prevents navigation and redirects away from the current page', () => {
    const { webContents } = create()
    webContents.url = 'file:///app/out/renderer/index.html'
    for (const name of ['will-navigate', 'will-redirect']) {
      const away = new FakeEvent()
      webContents.emit(name, away, 'https://example.com/')
      expect(away.defaultPrevented, name).toBe(true)
      const same = new FakeEvent()
      webContents.emit(name, same, webContents.url)
      expect(same.defaultPrevented, name).toBe(false)
    }
  })

  it('refuses to attach webviews', () => {
    const { webContents } = create()
    const event = new FakeEvent()
    webContents.emit('will-attach-webview', event, {}, {})
    expect(event.defaultPrevented).toBe(true)
  })
})
