import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../support/temp-dir'
import { failure, servicesAt } from '../store/storage-helpers'
import { addSpan } from '../../support/span-edits'

describe('deleting a document', () => {
  const tempDir = useTempDirs()

  async function seeded() {
    const ws = join(await tempDir(), 'ws')
    const services = await servicesAt(ws)
    const ids = (await services.listDocuments({})).map((d) => d.id)
    return { ws, services, ids }
  }

  it('moves its file, unchanged, to the trash folder and takes it off the list', async () => {
    const { ws, services, ids } = await seeded()
    await addSpan(services, { docId: ids[1]!, start: 0, end: 4, label: 'figure', snap: 'token' })
    const before = await readFile(join(ws, 'documents', `${ids[1]}.json`), 'utf8')
    const deleted = await services.deleteDocument({ docId: ids[1]! })
    expect(deleted.trashId).toMatch(new RegExp(`^${ids[1]}\\.\\d{8}T\\d{9}Z$`))
    expect(existsSync(join(ws, 'documents', `${ids[1]}.json`))).toBe(false)
    expect(await readFile(join(ws, 'trash', `${deleted.trashId}.json`), 'utf8')).toBe(before)
    expect((await services.listDocuments({})).map((d) => d.id)).toEqual(ids.filter((_, i) => i !== 1))
    expect(await services.listTrash({})).toEqual([
      { trashId: deleted.trashId, docId: ids[1], title: deleted.title, source: expect.any(String), status: 'todo', spanCount: 1, deletedAt: expect.any(String) },
    ])
    expect((await failure(services.openDocument({ docId: ids[1]! }))).code).toBe('not_found')
    await services.close()
  })

  it('can be undone: restoring puts it back at its place with its spans, and the trash is empty again', async () => {
    const { services, ids } = await seeded()
    const { span } = await addSpan(services, { docId: ids[2]!, start: 0, end: 4, label: 'figure', snap: 'token' })
    const { trashId } = await services.deleteDocument({ docId: ids[2]! })
    const restored = await services.restoreDocument({ trashId: trashId! })
    expect(restored).toMatchObject({ id: ids[2], spanCount: 1 })
    expect((await services.listDocuments({})).map((d) => d.id)).toEqual(ids)
    expect((await services.openDocument({ docId: ids[2]! })).spans).toEqual([span])
    expect(await services.listTrash({})).toEqual([])
    await services.close()
  })

  it('keeps each deletion of the same document as its own trash item, and refuses to restore over a listed one', async () => {
    const { services, ids } = await seeded()
    const first = await services.deleteDocument({ docId: ids[0]! })
    await services.restoreDocument({ trashId: first.trashId! })
    const second = await services.deleteDocument({ docId: ids[0]! })
    expect(second.trashId).not.toBe(first.trashId)
    await services.restoreDocument({ trashId: second.trashId! })
    expect(await services.listTrash({})).toEqual([])
    const third = await services.deleteDocument({ docId: ids[0]! })
    expect((await services.listTrash({})).map((t) => t.trashId)).toEqual([third.trashId])
    await services.close()
  })

  it('lists the trash most recent first and survives a restart', async () => {
    const { ws, services, ids } = await seeded()
    await services.deleteDocument({ docId: ids[0]! })
    await services.deleteDocument({ docId: ids[3]! })
    await services.close()
    const reopened = await servicesAt(ws)
    expect((await reopened.listTrash({})).map((t) => t.docId)).toEqual([ids[3], ids[0]])
    expect(await reopened.listDocuments({})).toHaveLength(3)
    await reopened.close()
  })

  it('refuses an unknown trash id', async () => {
    const { services, ids } = await seeded()
    expect(await failure(services.restoreDocument({ trashId: `${ids[0]}.20261123T090000000Z` }))).toMatchObject({ code: 'not_found' })
    await services.close()
  })
})

describe('a deletion or restore interrupted by a crash', () => {
  const tempDir = useTempDirs()
  const indexOf = (ws: string): Promise<string> => readFile(join(ws, 'spanwright.json'), 'utf8')

  it('is finished by the next open when the file was moved to the trash but the index still listed it', async () => {
    const ws = join(await tempDir(), 'ws')
    const services = await servicesAt(ws)
    const ids = (await services.listDocuments({})).map((d) => d.id)
    const listing = await indexOf(ws)
    const { trashId } = await services.deleteDocument({ docId: ids[1]! })
    await services.close()
    await writeFile(join(ws, 'spanwright.json'), listing)
    const reopened = await servicesAt(ws)
    expect((await reopened.listDocuments({})).map((d) => d.id)).toEqual(ids.filter((_, i) => i !== 1))
    expect((await reopened.listTrash({})).map((t) => t.trashId)).toEqual([trashId])
    await reopened.close()
  })

  it('is finished by the next open when the file was moved back but the index did not list it yet', async () => {
    const ws = join(await tempDir(), 'ws')
    const services = await servicesAt(ws)
    const ids = (await services.listDocuments({})).map((d) => d.id)
    const { trashId } = await services.deleteDocument({ docId: ids[3]! })
    const meta = join(ws, 'trash', `${trashId}.meta.json`)
    const record = await readFile(meta, 'utf8')
    const unlisted = await indexOf(ws)
    await services.restoreDocument({ trashId: trashId! })
    await services.close()
    await writeFile(join(ws, 'spanwright.json'), unlisted)
    await writeFile(meta, record)
    const reopened = await servicesAt(ws)
    expect((await reopened.listDocuments({})).map((d) => d.id)).toEqual(ids)
    expect(await reopened.listTrash({})).toEqual([])
    expect(await readdir(join(ws, 'trash'))).toEqual([])
    await reopened.close()
  })

  it('drops a trash record written just before the crash, leaving the document where it was', async () => {
    const ws = join(await tempDir(), 'ws')
    const services = await servicesAt(ws)
    const ids = (await services.listDocuments({})).map((d) => d.id)
    const { trashId } = await services.deleteDocument({ docId: ids[0]! })
    const meta = join(ws, 'trash', `${trashId}.meta.json`)
    const record = await readFile(meta, 'utf8')
    await services.restoreDocument({ trashId: trashId! })
    await services.close()
    await writeFile(meta, record)
    const reopened = await servicesAt(ws)
    expect((await reopened.listDocuments({})).map((d) => d.id)).toEqual(ids)
    expect(await readdir(join(ws, 'trash'))).toEqual([])
    await reopened.close()
  })
})
