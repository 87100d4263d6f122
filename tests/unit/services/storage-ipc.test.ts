import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Envelope } from '../../../src-main/api-methods'
import { registerIpc, type IpcEventLike, type IpcMainLike } from '../../../src-main/shell/ipc'
import { useTempDirs } from '../../support/temp-dir'
import { servicesAt } from '../store/storage-helpers'

const TRUSTED = 'file:///app/out/renderer/index.html'
const HUGE = 'a'.repeat(5_000_000)

async function bridge(ws: string) {
  const services = await servicesAt(ws)
  const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>()
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) }
  registerIpc(ipcMain, services, (url) => url === TRUSTED)
  const call = async (method: string, args: unknown[]): Promise<Envelope<unknown>> =>
    (await handlers.get(`api:${method}`)!({ senderFrame: { url: TRUSTED } }, ...args)) as Envelope<unknown>
  return { services, call }
}

/** Every file under the folder around the workspace, so a path escaping it would show too. */
async function everything(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'utf8')
  }
  return out
}

describe('storage calls over IPC with hostile arguments', () => {
  const tempDir = useTempDirs()

  it.each([
    ['a document id climbing out', 'deleteDocument', { docId: '../spanwright' }, /docId/],
    ['a document id with a separator', 'deleteDocument', { docId: 'documents/0123456' }, /docId/],
    ['a number for the document id', 'deleteDocument', { docId: 1234567890123456 }, /docId/],
    ['a huge document id', 'deleteDocument', { docId: HUGE }, /docId/],
    ['a trash id climbing out', 'restoreDocument', { trashId: '../../etc/passwd' }, /trashId/],
    ['a trash id with a separator', 'restoreDocument', { trashId: '0123456789abcdef.20261123T080000000Z/../../x' }, /trashId/],
    ['a huge trash id', 'restoreDocument', { trashId: HUGE }, /trashId/],
    ['an object for the trash id', 'restoreDocument', { trashId: { toString: '0123456789abcdef' } }, /trashId/],
    ['a conflict copy naming the index', 'resolveConflict', { copy: '../spanwright.json', keep: 'app' }, /copy/],
    ['a conflict copy naming another document', 'resolveConflict', { copy: '0123456789abcdef.json', keep: 'app' }, /copy/],
    ['an unknown side to keep', 'resolveConflict', { copy: '0123456789abcdef.conflict-20261123T080000000Z.json', keep: 'both' }, /keep/],
    ['an extra field', 'listTrash', { all: true }, /all/],
    ['an array for the argument', 'listConflicts', [[]], /object/],
    ['a null argument', 'verifyDocuments', null, /object/],
  ])('refuses %s with invalid_argument and touches no file', async (_what, method, arg, message) => {
    const root = await tempDir()
    const { services, call } = await bridge(join(root, 'ws'))
    const before = await everything(root)
    const result = await call(method, Array.isArray(arg) ? arg : [arg])
    expect(result).toEqual({ ok: false, error: { code: 'invalid_argument', message: expect.stringMatching(message) } })
    if (!result.ok) expect(result.error.message.length).toBeLessThan(2000)
    expect(await everything(root)).toEqual(before)
    await services.close()
  })

  it('answers well-formed storage calls', async () => {
    const { services, call } = await bridge(join(await tempDir(), 'ws'))
    const [doc] = await services.listDocuments({})
    const deleted = await call('deleteDocument', [{ docId: doc!.id }])
    expect(deleted).toMatchObject({ ok: true, value: { docId: doc!.id } })
    const trash = await call('listTrash', [{}])
    expect(trash).toMatchObject({ ok: true, value: [{ docId: doc!.id }] })
    expect(await call('listConflicts', [{}])).toEqual({ ok: true, value: [] })
    expect(await call('verifyDocuments', [{}])).toEqual({ ok: true, value: [] })
    await services.close()
  })
})
