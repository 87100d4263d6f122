import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SpanwrightError } from '../../../src-main/core/errors'
import { flush, restorePlatform, setPlatform, startMain } from './start-main'

beforeEach(() => {
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
  setPlatform('linux')
})
afterEach(() => {
  vi.unstubAllEnvs()
  restorePlatform()
  vi.restoreAllMocks()
})

describe('single instance', () => {
  it('quits a second instance without opening the workspace or a window', async () => {
    const { electron, openServices, windows } = await startMain(({ electron }) => electron.app.requestSingleInstanceLock.mockReturnValue(false))
    expect(electron.app.quit).toHaveBeenCalledOnce()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(openServices).not.toHaveBeenCalled()
    expect(windows()).toHaveLength(0)
  })

  it('focuses the first window when a second instance starts', async () => {
    const { electron, windows } = await startMain()
    electron.app.emit('second-instance', {}, ['spanwright'], '/')
    expect(windows()[0]?.focus).toHaveBeenCalledOnce()
  })
})

describe('workspace failure', () => {
  it('shows the error message (no stack) in an error box, exits with code 1 and opens no window', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const message = 'The workspace /fake/workspace is a file, not a folder.'
    const { electron, windows } = await startMain((setup) => (setup.openError = new SpanwrightError('io', message)))
    expect(electron.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith('Spanwright could not start', message)
    expect(electron.app.exit).toHaveBeenCalledExactlyOnceWith(1)
    expect(windows()).toHaveLength(0)
    expect(electron.ipcMain.handle).not.toHaveBeenCalled()
  })
})

describe('quitting', () => {
  it('quits when the last window closes, except on macOS', async () => {
    const linux = await startMain()
    linux.electron.app.emit('window-all-closed')
    expect(linux.electron.app.quit).toHaveBeenCalledOnce()
    setPlatform('darwin')
    const mac = await startMain()
    mac.electron.app.emit('window-all-closed')
    expect(mac.electron.app.quit).not.toHaveBeenCalled()
  })

  it('re-creates the window on activate when none is open', async () => {
    const { electron, windows } = await startMain()
    electron.app.emit('activate')
    expect(windows()).toHaveLength(1)
    windows()[0]?.close()
    electron.app.emit('activate')
    expect(windows()).toHaveLength(2)
  })

  it('closes the services once before quitting', async () => {
    const { electron, services } = await startMain()
    electron.app.quit()
    electron.app.quit()
    await flush()
    expect(services.close).toHaveBeenCalledOnce()
    expect(electron.app.quitting).toBe(true)
  })
})
