import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { API_METHODS, apiChannel, COMMAND_CHANNEL, MENU_LANGUAGE_CHANNEL } from '../../../src-main/api-methods'
import { restorePlatform, setPlatform, startMain } from './start-main'

beforeEach(() => {
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
  setPlatform('linux')
})
afterEach(() => {
  vi.unstubAllEnvs()
  restorePlatform()
  vi.restoreAllMocks()
})

describe('main process start-up', () => {
  it('opens the workspace from resolveWorkspaceDir, with resources from the app path', async () => {
    const { openServices, resolveWorkspaceDir } = await startMain()
    expect(resolveWorkspaceDir).toHaveBeenCalledExactlyOnceWith(process.argv, process.env, '/fake/userData')
    expect(openServices).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ workspaceDir: '/fake/workspace', resourcesDir: join('/fake/app', 'resources') }),
    )
  })

  it('creates one window with the secure web preferences and enables the sandbox everywhere', async () => {
    const { electron, windows } = await startMain()
    expect(windows()).toHaveLength(1)
    expect(windows()[0]?.options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(electron.app.enableSandbox).toHaveBeenCalledOnce()
  })

  it('denies permission requests and filters requests on the default session', async () => {
    const { electron } = await startMain()
    const session = electron.session.defaultSession
    const deny = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void
    const callback = vi.fn()
    deny({}, 'geolocation', callback)
    expect(callback).toHaveBeenCalledExactlyOnceWith(false)
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledOnce()
  })

  it('registers every API method on ipcMain exactly once, and the window’s menu language', async () => {
    const { electron } = await startMain()
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel)
    expect(channels.toSorted()).toEqual([...API_METHODS.map(apiChannel), MENU_LANGUAGE_CHANNEL].toSorted())
  })

  it('rebuilds the menu in the language the loaded page says it speaks, and refuses anyone else', async () => {
    const { electron, windows } = await startMain()
    const handler = electron.ipcMain.handlers.get(MENU_LANGUAGE_CHANNEL)
    const page = pathToFileURL(windows()[0]?.loadFile.mock.calls[0]?.[0] ?? '').href
    const topLabels = (): Array<string | undefined> =>
      (electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[]).map((item) => item.label)
    expect(topLabels()).toEqual(['File', 'Edit', 'View', 'Review', 'Help'])
    expect(await handler?.({ senderFrame: { url: 'https://evil.example/' } }, { locale: 'vi' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await handler?.({ senderFrame: { url: page } }, { locale: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } })
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce()
    expect(await handler?.({ senderFrame: { url: page } }, { locale: 'vi' })).toEqual({ ok: true, value: null })
    expect(topLabels()).toEqual(['Tệp', 'Sửa', 'Xem', 'Đối chiếu', 'Trợ giúp'])
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(2)
    await handler?.({ senderFrame: { url: page } }, { locale: 'en' })
    expect(topLabels()).toEqual(['File', 'Edit', 'View', 'Review', 'Help'])
  })

  it('serves calls from the loaded page and refuses an untrusted sender', async () => {
    const { electron, services, windows } = await startMain()
    const handler = electron.ipcMain.handlers.get(apiChannel('getWorkspace'))
    const page = pathToFileURL(windows()[0]?.loadFile.mock.calls[0]?.[0] ?? '').href
    expect(await handler?.({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(services.getWorkspace).not.toHaveBeenCalled()
    expect(await handler?.({ senderFrame: { url: page } }, {})).toEqual({ ok: true, value: { method: 'getWorkspace' } })
  })

  it('loads the dev server URL when electron-vite provides one', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    const { windows } = await startMain()
    expect(windows()[0]?.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173')
  })

  it('installs a menu whose Export… sends export-jsonl to the focused window', async () => {
    const { electron, windows } = await startMain()
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[]
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce()
    const file = template.find((item) => item.label === 'File')?.submenu as MenuItemConstructorOptions[]
    const exportItem = file.find((item) => item.accelerator === 'CmdOrCtrl+E')
    electron.BrowserWindow.focused = windows()[0] ?? null
    exportItem?.click?.(...([] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>))
    expect(windows()[0]?.webContents.send).toHaveBeenCalledExactlyOnceWith(COMMAND_CHANNEL, 'export-jsonl')
  })
})
