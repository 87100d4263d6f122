import type { App, BrowserWindow } from 'electron'
import { describe, expect, it } from 'vitest'
import { claimSingleInstance } from '../../../src-main/shell/single-instance'
import { FakeApp, FakeBrowserWindow } from './fake-electron'

describe('claimSingleInstance', () => {
  it('returns false when another instance holds the lock', () => {
    const app = new FakeApp()
    app.requestSingleInstanceLock.mockReturnValue(false)
    expect(claimSingleInstance(app as unknown as App, () => null)).toBe(false)
    expect(app.listeners.get('second-instance')).toBeUndefined()
  })

  it('restores and focuses the first window when a second instance starts', () => {
    const app = new FakeApp()
    const window = new FakeBrowserWindow({})
    window.minimized = true
    expect(claimSingleInstance(app as unknown as App, () => window as unknown as BrowserWindow)).toBe(true)
    app.emit('second-instance', {}, ['spanwright'], '/')
    expect(window.restore).toHaveBeenCalledOnce()
    expect(window.focus).toHaveBeenCalledOnce()
  })

  it('ignores a second instance before the first window exists', () => {
    const app = new FakeApp()
    claimSingleInstance(app as unknown as App, () => null)
    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow()
  })
})
