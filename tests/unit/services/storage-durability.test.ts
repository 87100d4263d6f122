import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useTempDirs } from '../../support/temp-dir'
import { servicesAt } from '../store/storage-helpers'
import { addSpan } from '../../support/span-edits'

describe('an edit on disk', () => {
  const tempDir = useTempDirs()

  afterEach(() => void vi.useRealTimers())

  it('rewrites only its document file: the index follows later with the span count, at the latest on close', async () => {
    // Only timers are faked, so the index's delayed write waits until the test lets it run.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const ws = join(await tempDir(), 'ws')
    const services = await servicesAt(ws)
    const [doc, other] = await services.listDocuments({})
    const index = await readFile(join(ws, 'spanwright.json'), 'utf8')
    const untouched = await readFile(join(ws, 'documents', `${other!.id}.json`), 'utf8')
    const { span, summary } = await addSpan(services, { docId: doc!.id, start: 0, end: 4, label: 'figure', snap: 'token' })
    expect(summary.spanCount).toBe(1)
    const file = JSON.parse(await readFile(join(ws, 'documents', `${doc!.id}.json`), 'utf8')) as { spans: unknown[] }
    expect(file.spans).toEqual([span])
    expect(await readFile(join(ws, 'spanwright.json'), 'utf8')).toBe(index)
    expect(await readFile(join(ws, 'documents', `${other!.id}.json`), 'utf8')).toBe(untouched)
    vi.runOnlyPendingTimers()
    await services.workspace.flush()
    const after = JSON.parse(await readFile(join(ws, 'spanwright.json'), 'utf8')) as { documents: Array<{ span_count: number }> }
    expect(after.documents.map((d) => d.span_count)).toEqual([1, 0, 0, 0, 0])
    await addSpan(services, { docId: doc!.id, start: 10, end: 14, label: 'figure', snap: 'token' })
    await services.close()
    const closed = JSON.parse(await readFile(join(ws, 'spanwright.json'), 'utf8')) as { documents: Array<{ span_count: number }> }
    expect(closed.documents.map((d) => d.span_count)).toEqual([2, 0, 0, 0, 0])
  })

  it('leaves no temporary file behind', async () => {
    const ws = join(await tempDir(), 'ws')
    const services = await servicesAt(ws)
    const [doc] = await services.listDocuments({})
    for (let i = 0; i < 5; i++) await addSpan(services, { docId: doc!.id, start: i * 10, end: i * 10 + 4, label: 'figure', snap: 'token' })
    await services.close()
    const names = await readdir(ws, { recursive: true })
    expect(names.filter((n) => n.includes('.spanwright-tmp-'))).toEqual([])
  })
})

describe('temporary files a crash left behind', () => {
  const tempDir = useTempDirs()

  async function withLeftovers() {
    const ws = join(await tempDir(), 'ws')
    await (await servicesAt(ws)).close()
    const leftovers = [join(ws, '.spanwright-tmp-spanwright.json.99.aa'), join(ws, 'documents', '.spanwright-tmp-x.json.99.bb')]
    for (const file of leftovers) await writeFile(file, '{"half": ')
    return { ws, leftovers }
  }

  it('are ignored and removed when the workspace is opened for writing', async () => {
    const { ws } = await withLeftovers()
    const services = await servicesAt(ws)
    expect(await services.listDocuments({})).toHaveLength(5)
    expect((await readdir(ws, { recursive: true })).filter((n) => n.includes('.spanwright-tmp-'))).toEqual([])
    await services.close()
  })

  it('are left alone when opened for reading, since a writer may still be using them', async () => {
    const { ws, leftovers } = await withLeftovers()
    const services = await servicesAt(ws, { access: 'read' })
    expect(await services.listDocuments({})).toHaveLength(5)
    await services.close()
    for (const file of leftovers) expect(await readFile(file, 'utf8')).toBe('{"half": ')
  })
})
