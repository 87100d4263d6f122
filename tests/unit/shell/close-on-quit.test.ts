import type { App } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { closeOnQuit } from '../../../src-main/shell/close-on-quit'
import { FakeApp } from './fake-electron'

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

describe('closeOnQuit', () => {
  it('holds the quit until the services have closed, and closes them once', async () => {
    const app = new FakeApp()
    let finish = (): void => {}
    const close = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    closeOnQuit(app as unknown as App, close)
    app.quit()
    app.quit()
    expect(app.quitting).toBe(false)
    finish()
    await flush()
    expect(app.quitting).toBe(true)
    expect(close).toHaveBeenCalledOnce()
  })

  it('still quits when closing fails, and logs why', async () => {
    const app = new FakeApp()
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    closeOnQuit(app as unknown as App, () => Promise.reject(new Error('disk gone')))
    app.quit()
    await flush()
    expect(app.quitting).toBe(true)
    expect(log).toHaveBeenCalled()
  })
})
