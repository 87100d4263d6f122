import { readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentFile } from '../../../src-main/core/model'
import { atomicWriteSeam } from '../../../src-main/store/files/atomic-write'
import { formatCanonicalJson } from '../../../src-main/store/files/canonical-json'
import { useTempDirs } from '../../support/temp-dir'
import { addSpan } from '../../support/span-edits'
import { failure, servicesAt } from '../store/storage-helpers'

/** Plays another program writing `file` once, at the worst moment: the new content is synced in a temporary file, the rename not done yet. */
function outsideWriteDuringSave(file: string, change: (text: string) => string): { wrote(): string | null } {
  let wrote: string | null = null
  atomicWriteSeam.afterSync = async (target) => {
    if (target !== file || wrote !== null) return
    wrote = change(await readFile(file, 'utf8'))
    await writeFile(file, wrote)
  }
  return { wrote: () => wrote }
}

describe('a write from outside while Spanwright saves the same file', () => {
  const tempDir = useTempDirs()
  afterEach(() => {
    delete atomicWriteSeam.afterSync
  })

  it('keeps the outside version of a document and saves the edit as a conflict copy', async () => {
    const ws = join(await tempDir(), 'ws')
    const services = await servicesAt(ws)
    const [summary] = await services.listDocuments({})
    const id = summary!.id
    await addSpan(services, { docId: id, start: 0, end: 8, label: 'commitment', snap: 'token' })
    const file = join(ws, 'documents', `${id}.json`)
    const outside = outsideWriteDuringSave(file, (text) => formatCanonicalJson({ ...(JSON.parse(text) as DocumentFile), title: 'Đổi tên từ bên ngoài' }))
    const refused = await failure(addSpan(services, { docId: id, start: 20, end: 30, label: 'figure', snap: 'token' }))
    expect(outside.wrote()).not.toBeNull()
    expect(await readFile(file, 'utf8')).toBe(outside.wrote())
    expect(refused.code).toBe('conflict')
    const [conflict] = await services.listConflicts({})
    expect(refused.message).toBe(
      `${file} was changed outside Spanwright (another program saved it); that version is kept, and this edit was saved beside it as ${conflict!.copyPath}`,
    )
    const copy = JSON.parse(await readFile(conflict!.copyPath, 'utf8')) as DocumentFile
    expect(copy.spans.map((s) => s.label)).toEqual(['commitment', 'figure'])
    expect(basename(conflict!.copyPath)).toMatch(new RegExp(`^${id}\\.conflict-`))
    await services.close()
  })

  it('keeps an outside change of the index and makes the app\'s change on top of it', async () => {
    const ws = join(await tempDir(), 'ws')
    const services = await servicesAt(ws)
    const [a, b] = await services.listDocuments({})
    const indexFile = join(ws, 'spanwright.json')
    const outside = outsideWriteDuringSave(indexFile, (text) => {
      const index = JSON.parse(text) as { documents: Array<{ id: string; status: string }> }
      index.documents.find((d) => d.id === b!.id)!.status = 'skipped'
      return formatCanonicalJson(index)
    })
    await services.setDocumentStatus({ docId: a!.id, status: 'done' })
    expect(outside.wrote()).not.toBeNull()
    const after = JSON.parse(await readFile(indexFile, 'utf8')) as { documents: Array<{ id: string; status: string }> }
    expect(after.documents.slice(0, 2).map((d) => d.status)).toEqual(['done', 'skipped'])
    await services.close()
  })
})
