/**
 * Opening another workspace while the app runs: the IPC handlers, registered
 * once, reach the newly opened services; the old ones are closed; the folder is
 * remembered in the recent list (userData), which also picks the next start's workspace.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { API_METHODS } from '../../../src-main/api-methods'
import { methodRecord } from '../../../src-main/api-records'
import { RECENT_LIMIT, RecentWorkspaces, startupWorkspace } from '../../../src-main/shell/recent-workspaces'
import { workspaceActions } from '../../../src-main/shell/workspace-actions'
import { WorkspaceSession } from '../../../src-main/shell/workspace-session'
import type { Services } from '../../../src-main/services'
import { useTempDirs } from '../../support/temp-dir'
import { createFakeElectron, FakeBrowserWindow } from './fake-electron'

/** Services that answer getWorkspace with their folder. */
function fakeServices(dir: string) {
  const methods = methodRecord((m) => vi.fn(async () => ({ method: m, dir })))
  return { ...methods, close: vi.fn(async () => {}) } as unknown as Services & { close: ReturnType<typeof vi.fn> }
}

describe('recent workspaces', () => {
  const tempDir = useTempDirs()

  it('keeps the most recent first, once each, at most ten, across restarts', async () => {
    const file = join(await tempDir(), 'recent-workspaces.json')
    const recent = RecentWorkspaces.load(file)
    for (let i = 0; i < 12; i++) await recent.add(`/ws/${i}`)
    await recent.add('/ws/5')
    const expected = ['/ws/5', '/ws/11', '/ws/10', '/ws/9', '/ws/8', '/ws/7', '/ws/6', '/ws/4', '/ws/3', '/ws/2']
    expect(recent.paths).toEqual(expected)
    expect(expected).toHaveLength(RECENT_LIMIT)
    expect((RecentWorkspaces.load(file)).paths).toEqual(expected)
    await recent.clear()
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ workspaces: [] })
  })

  it('starts on the named workspace, else the most recent that still exists, else the default', () => {
    const exists = (dir: string) => dir !== '/gone'
    expect(startupWorkspace(['electron', '.', '--workspace', '/named'], {}, '/named', ['/recent'], exists)).toBe('/named')
    expect(startupWorkspace(['electron', '.'], { SPANWRIGHT_WORKSPACE: '/env' }, '/env', ['/recent'], exists)).toBe('/env')
    expect(startupWorkspace(['electron', '.'], {}, '/default', ['/gone', '/recent'], exists)).toBe('/recent')
    expect(startupWorkspace(['electron', '.'], {}, '/default', [], exists)).toBe('/default')
  })
})

describe('switching workspaces', () => {
  const tempDir = useTempDirs()

  async function setup() {
    const opened = new Map<string, ReturnType<typeof fakeServices>>()
    const session = new WorkspaceSession(async (dir) => {
      if (dir.endsWith('locked')) throw new Error(`the workspace ${dir} is open in another Spanwright window`)
      const services = fakeServices(dir)
      opened.set(dir, services)
      return services
    })
    const recent = RecentWorkspaces.load(join(await tempDir(), 'recent-workspaces.json'))
    const electron = createFakeElectron()
    const window = new FakeBrowserWindow({})
    const reload = vi.fn()
    Object.assign(window.webContents, { reload })
    const changed = vi.fn()
    const actions = workspaceActions({ session, recent, dialog: electron.dialog as never, window: () => window as never, changed })
    await session.open('/ws/first')
    return { session, recent, electron, window, reload, changed, actions, opened }
  }

  it('hands IPC calls to the workspace opened last, closes the previous one and reloads the window', async () => {
    const { session, recent, reload, changed, actions, opened } = await setup()
    const api = session.api
    expect(await api.getWorkspace({})).toMatchObject({ dir: '/ws/first' })
    expect(await actions.switchTo('/ws/second')).toBe(true)
    expect(await api.getWorkspace({})).toMatchObject({ dir: '/ws/second' })
    expect(opened.get('/ws/first')?.close).toHaveBeenCalledOnce()
    expect(opened.get('/ws/second')?.close).not.toHaveBeenCalled()
    expect(recent.paths).toEqual(['/ws/second'])
    expect(changed).toHaveBeenCalledOnce()
    expect(reload).toHaveBeenCalledOnce()
    for (const method of API_METHODS) expect(typeof api[method], method).toBe('function')
  })

  it('keeps the open workspace and says why when the chosen one cannot be opened', async () => {
    const { session, electron, reload, actions, opened } = await setup()
    expect(await actions.switchTo('/ws/locked')).toBe(false)
    expect(electron.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith('Could not open the workspace', 'the workspace /ws/locked is open in another Spanwright window')
    expect(await session.api.listDocuments({})).toMatchObject({ dir: '/ws/first' })
    expect(opened.get('/ws/first')?.close).not.toHaveBeenCalled()
    expect(reload).not.toHaveBeenCalled()
  })

  it('Open Workspace… asks for a folder on the window and opens it; cancelling changes nothing', async () => {
    const { session, electron, window, actions } = await setup()
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    actions.openWorkspace()
    await vi.waitFor(() => expect(electron.dialog.showOpenDialog).toHaveBeenCalledOnce(), { timeout: 5000 })
    expect(session.dir).toBe('/ws/first')
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/ws/chosen'] })
    actions.openWorkspace()
    await vi.waitFor(() => expect(session.dir).toBe('/ws/chosen'), { timeout: 5000 })
    const [parent, options] = electron.dialog.showOpenDialog.mock.calls[1] as unknown as [unknown, { properties: string[] }]
    expect(parent).toBe(window)
    expect(options.properties).toEqual(['openDirectory', 'createDirectory'])
  })
})
