import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { useTempDirs } from '../../support/temp-dir'
import { FakeBrowserWindow, FakeEvent } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())

const { loadWindowState, placeWindow, rememberWindowState } = await import('../../../src-main/shell/window-state')
const { createMainWindow } = await import('../../../src-main/shell/window')

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }]

describe('window size and position', () => {
  const tempDir = useTempDirs()

  it('saves the bounds after a move or resize and when the window closes, and the next window opens there', async () => {
    const file = join(await tempDir(), 'window-state.json')
    const window = new FakeBrowserWindow({})
    rememberWindowState(window as never, file, 10)
    window.getNormalBounds.mockReturnValue({ x: 300, y: 120, width: 1000, height: 700 })
    window.emit('move')
    window.emit('resize')
    const saved = async () => JSON.parse(await readFile(file, 'utf8').catch(() => 'null')) as unknown
    await vi.waitFor(async () => expect(await saved()).toEqual({ x: 300, y: 120, width: 1000, height: 700, maximized: false }), { timeout: 5000 })

    window.maximized = true
    window.emit('close')
    await vi.waitFor(async () => expect(await saved()).toMatchObject({ maximized: true }), { timeout: 5000 })
    const state = loadWindowState(file, screen)
    expect(state).toEqual({ x: 300, y: 120, width: 1000, height: 700, maximized: true })
    const next = createMainWindow('/app/out/main', { kind: 'file', path: '/app/out/renderer/index.html' }, state) as unknown as FakeBrowserWindow
    expect(next.options).toMatchObject({ x: 300, y: 120, width: 1000, height: 700 })
    next.emit('ready-to-show')
    expect(next.maximize).toHaveBeenCalledOnce()
    expect(next.show).toHaveBeenCalledOnce()
  })

  it('starts at the default size without a saved state, or with a damaged one', async () => {
    const file = join(await tempDir(), 'window-state.json')
    expect(loadWindowState(file, screen)).toEqual({ width: 1280, height: 820, maximized: false })
    await writeFile(file, '{"width": "wide"')
    expect(loadWindowState(file, screen)).toEqual({ width: 1280, height: 820, maximized: false })
  })

  it('keeps the size but drops a position whose screen is gone, and never goes below the minimum size', () => {
    expect(placeWindow({ x: 2500, y: 100, width: 1000, height: 700, maximized: false }, screen)).toEqual({ width: 1000, height: 700, maximized: false })
    expect(placeWindow({ x: 100, y: -400, width: 1000, height: 700, maximized: false }, screen)).toEqual({ width: 1000, height: 700, maximized: false })
    const second = [...screen, { x: 1920, y: 0, width: 1280, height: 1024 }]
    expect(placeWindow({ x: 2500, y: 100, width: 1000, height: 700, maximized: false }, second)).toMatchObject({ x: 2500, y: 100 })
    expect(placeWindow({ x: 10, y: 10, width: 200, height: 100, maximized: false }, screen)).toEqual({ x: 10, y: 10, width: 900, height: 600, maximized: false })
  })
})

describe('closing with edits not saved', () => {
  it('asks before the window unloads while it keeps edits, and unloads only when the person says so', async () => {
    const electron = (await import('electron')) as unknown as ReturnType<typeof import('./fake-electron').createFakeElectron>
    const window = createMainWindow('/app/out/main', { kind: 'file', path: '/app/out/renderer/index.html' }) as unknown as FakeBrowserWindow
    const stay = new FakeEvent()
    window.webContents.emit('will-prevent-unload', stay)
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledOnce()
    expect(stay.defaultPrevented).toBe(false)
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(1)
    const leave = new FakeEvent()
    window.webContents.emit('will-prevent-unload', leave)
    expect(leave.defaultPrevented).toBe(true)
  })
})
