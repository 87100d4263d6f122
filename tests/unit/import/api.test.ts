import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Envelope } from '../../../src-main/api-methods'
import { registerIpc, type IpcEventLike } from '../../../src-main/shell/ipc'
import { openServices, type Dialogs } from '../../../src-main/services'
import { RESOURCES_DIR } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

const TRUSTED = 'file:///app/index.html'

async function bridged(dir: string, dialogs: Dialogs) {
  const services = await openServices({ workspaceDir: join(dir, 'ws'), resourcesDir: RESOURCES_DIR, annotator: 'lan', dialogs })
  const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>()
  registerIpc({ handle: (channel, listener) => void handlers.set(channel, listener) }, services, (url) => url === TRUSTED)
  const call = async (method: string, arg: unknown): Promise<Envelope<unknown>> =>
    (await handlers.get(`api:${method}`)?.({ senderFrame: { url: TRUSTED } }, arg)) as Envelope<unknown>
  return { services, call }
}

describe('the import and export methods of the contract', () => {
  const tempDir = useTempDirs()

  it('chooseImportPaths asks the open dialog for files or a folder, and answers [] where none can be shown', async () => {
    const asked: string[] = []
    const withDialog = await bridged(await tempDir(), {
      chooseSavePath: async () => null,
      chooseOpenPaths: async (kind) => (asked.push(kind), kind === 'folder' ? ['/x/brat'] : ['/x/a.jsonl', '/x/b.txt']),
    })
    const token = expect.stringMatching(/^[0-9a-f]{32}$/)
    expect(await withDialog.call('chooseImportPaths', { kind: 'files' })).toEqual({ ok: true, value: { token, paths: ['/x/a.jsonl', '/x/b.txt'] } })
    expect(await withDialog.call('chooseImportPaths', { kind: 'folder' })).toEqual({ ok: true, value: { token, paths: ['/x/brat'] } })
    expect(asked).toEqual(['files', 'folder'])
    await withDialog.services.close()
    const headless = await bridged(await tempDir(), { chooseSavePath: async () => null })
    expect(await headless.call('chooseImportPaths', { kind: 'files' })).toEqual({ ok: true, value: null })
    await headless.services.close()
  })

  it("chooseExportPath offers the format's file type, and none for a folder format", async () => {
    const filters: unknown[] = []
    const { services, call } = await bridged(await tempDir(), { chooseSavePath: async (_name, filter) => (filters.push(filter), '/x/out') })
    await call('chooseExportPath', { defaultName: 'a.conll', format: 'conll' })
    await call('chooseExportPath', { defaultName: 'brat', format: 'brat' })
    await call('chooseExportPath', { defaultName: 'a.jsonl' })
    expect(filters).toEqual([{ name: 'CoNLL, one IOB2 column per label', extensions: ['conll', 'txt'] }, { name: 'brat standoff (folder of .txt and .ann)', extensions: [] }, undefined])
    await services.close()
  })

  const someToken = 'ab'.repeat(16)
  it.each([
    ['exportDataset', { token: someToken, format: 'xml' }, /format/],
    ['exportDataset', { token: someToken, format: 'jsonl', split: { parts: [{ name: '../up', ratio: 1 }], seed: 1 } }, /name/],
    ['exportDataset', { token: someToken, format: 'jsonl', statuses: ['finished'] }, /statuses/],
    ['importFiles', { token: '' }, /token from a file dialog/],
    ['importFiles', { token: someToken, format: 'docx' }, /format/],
  ])('%s refuses %j at the boundary', async (method, arg, message) => {
    const { services, call } = await bridged(await tempDir(), { chooseSavePath: async () => null })
    const result = await call(method, arg)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_argument')
      expect(result.error.message).toMatch(message)
    }
    await services.close()
  })

  it('exportDataset refuses split ratios that do not add up to 1 with a sentence, and taskProgress is idle when nothing runs', async () => {
    const dir = await tempDir()
    const { services, call } = await bridged(dir, { chooseSavePath: async () => join(dir, 'a.jsonl') })
    const chosen = (await call('chooseExportPath', { defaultName: 'a.jsonl' })) as { ok: true; value: { token: string } }
    const split = { parts: [{ name: 'train', ratio: 0.5 }, { name: 'test', ratio: 0.4 }], seed: 1 }
    expect(await call('exportDataset', { token: chosen.value.token, format: 'jsonl', split })).toEqual({
      ok: false,
      error: { code: 'invalid_argument', message: 'split ratios must add up to 1 (they add up to 0.9)' },
    })
    expect(await call('taskProgress', {})).toEqual({ ok: true, value: { task: null, done: 0, total: 0 } })
    await services.close()
  })

  it('writes, reads and compares only what a dialog of the window chose: a path the window sends itself is refused', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'bài.txt'), 'Hà Nội ký thỏa thuận.\n')
    const { services, call } = await bridged(dir, {
      chooseSavePath: async () => join(dir, 'out.jsonl'),
      chooseOpenPaths: async () => [join(dir, 'bài.txt')],
    })
    // A compromised window naming files itself: refused before any service code runs, nothing written or read.
    for (const [method, arg] of [
      ['exportDataset', { path: join(dir, 'stolen.jsonl'), format: 'jsonl' }],
      ['importFiles', { paths: ['/etc/passwd'] }],
      ['compareWith', { path: join(dir, 'out.jsonl') }],
    ] as const) {
      const refused = await call(method, arg)
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_argument', message: expect.stringMatching(/token from a file dialog/) } })
    }
    // A token that no dialog of this window gave, and a save dialog's token used to read.
    const save = (await call('chooseExportPath', { defaultName: 'out.jsonl' })) as { ok: true; value: { token: string; path: string } }
    expect(save.value.path).toBe(join(dir, 'out.jsonl'))
    expect(await call('exportDataset', { token: 'cd'.repeat(16), format: 'jsonl' })).toEqual({
      ok: false,
      error: { code: 'invalid_argument', message: "exportDataset: that file was not chosen in this window's save dialog; choose it again" },
    })
    expect(await call('importFiles', { token: save.value.token })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } })
    expect(existsSync(join(dir, 'stolen.jsonl'))).toBe(false)
    // With the dialogs' tokens the same calls work.
    expect(await call('exportDataset', { token: save.value.token, format: 'jsonl' })).toMatchObject({ ok: true, value: { path: join(dir, 'out.jsonl') } })
    const open = (await call('chooseImportPaths', { kind: 'files' })) as { ok: true; value: { token: string } }
    expect(await call('importFiles', { token: open.value.token })).toMatchObject({ ok: true, value: { imported: [expect.objectContaining({ title: 'Hà Nội ký thỏa thuận.' })] } })
    await services.close()
  })
})
