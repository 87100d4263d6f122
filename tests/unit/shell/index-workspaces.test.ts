/** The main process with a real user-data folder: recent workspaces and the Open Recent menu. */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTempDirs } from '../../support/temp-dir'
import { flush, restorePlatform, setPlatform, startMain } from './start-main'

beforeEach(() => {
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
  vi.stubEnv('SPANWRIGHT_WORKSPACE', undefined)
  setPlatform('linux')
})
afterEach(() => {
  vi.unstubAllEnvs()
  restorePlatform()
  vi.restoreAllMocks()
})

const lastMenu = (calls: unknown[][]): MenuItemConstructorOptions[] => calls.at(-1)?.[0] as MenuItemConstructorOptions[]
const fileMenu = (template: MenuItemConstructorOptions[]) => template.find((i) => i.label === 'File')?.submenu as MenuItemConstructorOptions[]

describe('workspaces in the running app', () => {
  const tempDir = useTempDirs()

  it('starts on the most recent workspace, lists it under Open Recent, and switches from the menu', async () => {
    const userData = await tempDir()
    const [recentA, recentB] = [await tempDir(), await tempDir()]
    await writeFile(join(userData, 'recent-workspaces.json'), JSON.stringify({ workspaces: [recentA, recentB] }))
    const { electron, openServices, services, windows } = await startMain(({ electron }) => electron.app.getPath.mockImplementation(() => userData))
    expect(openServices).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ workspaceDir: recentA }))

    const recent = fileMenu(lastMenu(electron.Menu.buildFromTemplate.mock.calls)).find((i) => i.label === 'Open Recent')?.submenu as MenuItemConstructorOptions[]
    expect(recent.slice(0, 2).map((i) => i.label)).toEqual([expect.stringContaining(recentA), expect.stringContaining(recentB)])
    const reload = vi.fn()
    Object.assign(windows()[0]!.webContents, { reload })
    recent[1]?.click?.(...([] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>))
    await flush()
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce(), { timeout: 5000 })
    expect(openServices).toHaveBeenLastCalledWith(expect.objectContaining({ workspaceDir: recentB }))
    expect(services.close).toHaveBeenCalledOnce()
    expect(JSON.parse(await readFile(join(userData, 'recent-workspaces.json'), 'utf8'))).toEqual({ workspaces: [recentB, recentA] })
  })
})
