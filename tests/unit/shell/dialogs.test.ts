import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, type FakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())
const electron = (await import('electron')) as unknown as FakeElectron

const { electronDialogs } = await import('../../../src-main/shell/dialogs')

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

describe('electronDialogs().chooseSavePath with a format filter', () => {
  it('offers the format\'s file type', async () => {
    await electronDialogs().chooseSavePath('spans.conll', { name: 'CoNLL', extensions: ['conll', 'txt'] })
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith({
      defaultPath: join('/fake/documents', 'spans.conll'),
      filters: [{ name: 'CoNLL', extensions: ['conll', 'txt'] }],
    })
  })

  it('offers no file type for a folder format, so the typed name becomes the folder', async () => {
    await electronDialogs().chooseSavePath('spans-brat', { name: 'brat', extensions: [] })
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith({ defaultPath: join('/fake/documents', 'spans-brat'), filters: [] })
  })
})

describe('electronDialogs().chooseOpenPaths', () => {
  it('asks for several files on the focused window, offering every importable type first', async () => {
    const window = new FakeBrowserWindow({})
    FakeBrowserWindow.focused = window
    expect(await electronDialogs().chooseOpenPaths?.('files')).toEqual(['/fake/documents/a.jsonl', '/fake/documents/b.txt'])
    const [parent, options] = electron.dialog.showOpenDialog.mock.calls[0] as unknown as [unknown, { properties: string[]; filters: Array<{ extensions: string[] }> }]
    expect(parent).toBe(window)
    expect(options.properties).toEqual(['openFile', 'multiSelections'])
    expect(options.filters[0]?.extensions).toEqual(['jsonl', 'json', 'conll', 'ann', 'txt', 'md'])
    expect(options.filters[1]?.extensions).toEqual(['*'])
  })

  it('asks for one folder (a brat export) without a parent window when none is focused', async () => {
    await electronDialogs().chooseOpenPaths?.('folder')
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith({ defaultPath: '/fake/documents', properties: ['openDirectory'] })
  })

  it('returns no paths when the person cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await electronDialogs().chooseOpenPaths?.('files')).toEqual([])
  })
})
