import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OpenedDocumentColumns } from '../../../src-main/api'
import { API_METHODS, apiChannel, type Envelope } from '../../../src-main/api-methods'
import { openedFromColumns } from '../../../src-renderer/editor/opened-columns'
import { tokenize } from '../../../src-main/core/tokens'
import { registerIpc, type IpcEventLike, type IpcMainLike } from '../../../src-main/shell/ipc'
import { servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

const TRUSTED = 'file:///app/out/renderer/index.html'

async function bridge(dir: string) {
  const services = await servicesIn(dir)
  const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>()
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) }
  registerIpc(ipcMain, services, (url) => url === TRUSTED)
  const call = async (method: string, args: unknown[], url = TRUSTED): Promise<Envelope<unknown>> => {
    const handler = handlers.get(`api:${method}`)
    if (!handler) throw new Error(`no handler for ${method}`)
    return (await handler({ senderFrame: { url } }, ...args)) as Envelope<unknown>
  }
  return { services, handlers, call }
}

/** Every file of the workspace with its content, to show a refused call changed nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const name of await readdir(dir, { recursive: true })) {
    if (name.endsWith('.json')) out[name] = await readFile(join(dir, name), 'utf8')
  }
  return out
}

describe('the IPC boundary', () => {
  const tempDir = useTempDirs()

  it('registers one handler for every contract method', async () => {
    const { handlers, services } = await bridge(await tempDir())
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map(apiChannel).sort())
    await services.close()
  })

  it('answers a well-formed call with its value', async () => {
    const { call, services } = await bridge(await tempDir())
    const result = await call('listDocuments', [{}])
    expect(result.ok && Array.isArray(result.value) && result.value.length).toBe(5)
    await services.close()
  })

  it.each([
    ['a string offset', 'applySpanEdits', [{ docId: '0123456789abcdef', edits: [{ op: 'add', span: { id: 'a', start: '0', end: 4, label: 'figure' } }] }], /start/],
    ['a negative offset', 'applySpanEdits', [{ docId: '0123456789abcdef', edits: [{ op: 'add', span: { id: 'a', start: -1, end: 4, label: 'figure' } }] }], /start/],
    ['a path in the document id', 'openDocument', [{ docId: '../../etc/passwd' }], /16 lower-case hex digits/],
    ['a revision that is not a hash', 'reopenDocument', [{ docId: '0123456789abcdef', revision: '../x' }], /SHA-256/],
    ['an unknown field', 'applySpanEdits', [{ docId: '0123456789abcdef', edits: [{ op: 'remove', id: 'a' }], extra: 1 }], /extra/],
    ['a huge string', 'applySpanEdits', [{ docId: '0123456789abcdef', edits: [{ op: 'remove', id: 'x'.repeat(1_000_000) }] }], /edits\[0\]\.id/],
    ['no argument', 'getWorkspace', [], /expected one argument object, got 0/],
    ['a number for the argument object', 'listDocuments', [42], /object/],
    // Checking it recursed until the stack ran out, and the throw escaped the envelope.
    ['a value nested 100,000 deep', 'applySpanEdits', [{ docId: '0123456789abcdef', edits: [{ op: 'add', span: { id: 'a', start: 0, end: 4, label: 'figure', attributes: { v: JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) } } }] }], /nested too deeply/],
  ])('refuses %s with a clear message and changes nothing', async (_what, method, args, message) => {
    const dir = await tempDir()
    const { call, services } = await bridge(dir)
    const before = await snapshot(services.workspace.dir)
    const result = await call(method, args)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_argument')
      expect(result.error.message).toMatch(new RegExp(`^${method}: `))
      expect(result.error.message).toMatch(message)
    }
    expect(await snapshot(services.workspace.dir)).toEqual(before)
    await services.close()
  })

  it('refuses calls from a page that is not the app', async () => {
    const { call, services } = await bridge(await tempDir())
    const result = await call('listDocuments', [{}], 'https://example.invalid/')
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'listDocuments: refused a call from an untrusted page (https://example.invalid/)' },
    })
    await services.close()
  })

  it("sends an opened document's spans as columns, which rebuild the spans as stored", async () => {
    const { call, services } = await bridge(await tempDir())
    const [first] = await services.listDocuments({})
    const docId = (first as { id: string }).id
    const [t0, t1, t2] = tokenize((await services.openDocument({ docId })).text) as [[number, number], [number, number], [number, number]]
    await services.applySpanEdits({
      docId,
      edits: [
        { op: 'add', span: { id: 'a1', start: t0[0], end: t1[1], label: 'figure', attributes: { value: 3, unit: 'yên' } } },
        { op: 'add', span: { id: 'b2', start: t1[0], end: t2[1], label: 'commitment', note: 'hai bên\nký' } },
        { op: 'add', span: { id: 'c3', start: t2[0], end: t2[1], label: 'agreement', origin: 'suggested' } },
      ],
    })
    const stored = await services.openDocument({ docId })
    expect(stored.spans.length).toBe(3)
    const result = await call('openDocument', [{ docId }])
    if (!result.ok) throw new Error(result.error.message)
    const sent = result.value as OpenedDocumentColumns
    expect(sent.spans.start).toBeInstanceOf(Int32Array)
    expect(openedFromColumns(structuredClone(sent))).toEqual(stored)
    const again = await call('reopenDocument', [{ docId, revision: '0'.repeat(64) }])
    if (!again.ok) throw new Error(again.error.message)
    expect(openedFromColumns(again.value as OpenedDocumentColumns)).toEqual(stored)
    await services.close()
  })

  it('passes service errors through with their code and message', async () => {
    const { call, services } = await bridge(await tempDir())
    const result = await call('openDocument', [{ docId: '0123456789abcdef' }])
    expect(result).toEqual({
      ok: false,
      error: { code: 'not_found', message: `the workspace ${services.workspace.dir} has no document 0123456789abcdef` },
    })
    await services.close()
  })
})
