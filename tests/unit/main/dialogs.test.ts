import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, type FakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())
const electron = (await import('electron')) as unknown as FakeElectron

const { electronDialogs } = await import('../../../src-main/main/dialogs')

beforeEach(() => {
  vi.clearAllMocks()
  FakeBrowserWindow.instances = []
  FakeBrowserWindow.focused = null
})

const expectedOptions = {
  defaultPath: join('/fake/documents', 'spans.jsonl'),
  filters: [{ name: 'JSON Lines', extensions: ['jsonl'] }],
}

describe('electronDialogs().chooseSavePath', () => {
  it('asks in a sheet on the focused window, starting in Documents, for a .jsonl file', async () => {
    const window = new FakeBrowserWindow({})
    FakeBrowserWindow.focused = window
    expect(await electronDialogs().chooseSavePath('spans.jsonl')).toBe('/fake/documents/out.jsonl')
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(window, expectedOptions)
  })

  it('asks without a parent window when none is focused', async () => {
    await electronDialogs().chooseSavePath('spans.jsonl')
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(expectedOptions)
  })

  it('returns null when the person cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    expect(await electronDialogs().chooseSavePath('spans.jsonl')).toBeNull()
  })
})
