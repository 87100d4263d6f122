import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DocumentFile } from '../../../src-main/core/model'
import { formatCanonicalJson } from '../../../src-main/store/files/canonical-json'
import { useTempDirs } from '../../support/temp-dir'
import { failure, findText, servicesAt } from '../store/storage-helpers'
import { addSpan } from '../../support/span-edits'

const docFile = (ws: string, id: string): string => join(ws, 'documents', `${id}.json`)
const readDoc = async (file: string): Promise<DocumentFile> => JSON.parse(await readFile(file, 'utf8')) as DocumentFile

/** Another program (git, a sync tool) writes a version of the document with one extra span. */
async function outsideEdit(file: string, label = 'agreement'): Promise<string> {
  const doc = await readDoc(file)
  const { start, end } = findText(doc.text, doc.text.split(/\s+/)[1] as string)
  const span = { ...doc.spans[0]!, ...{ id: 'outsideSpan01', start, end, label, text: [...doc.text].slice(start, end).join('') } }
  const text = formatCanonicalJson({ ...doc, spans: [...doc.spans, span].sort((a, b) => a.start - b.start || a.end - b.end) })
  await writeFile(file, text)
  return text
}

describe('a document another program changed', () => {
  const tempDir = useTempDirs()

  async function withOneSpan() {
    const ws = join(await tempDir(), 'ws')
    const services = await servicesAt(ws)
    const [summary] = await services.listDocuments({})
    const id = summary!.id
    const { span } = await addSpan(services, { docId: id, start: 0, end: 8, label: 'commitment', snap: 'token' })
    return { ws, services, id, span, file: docFile(ws, id) }
  }

  it('is reloaded when opened, with no conflict when only the outside changed it', async () => {
    const { services, id, file } = await withOneSpan()
    await outsideEdit(file)
    expect((await services.openDocument({ docId: id })).spans.map((s) => s.id)).toContain('outsideSpan01')
    await addSpan(services, { docId: id, start: 20, end: 30, label: 'figure', snap: 'token' })
    expect((await readDoc(file)).spans.map((s) => s.id)).toContain('outsideSpan01')
    expect(await services.listConflicts({})).toEqual([])
    await services.close()
  })

  it('keeps the outside version when both sides changed it, and saves the edit beside it as a conflict copy', async () => {
    const { ws, services, id, file } = await withOneSpan()
    const outside = await outsideEdit(file)
    const refused = await failure(addSpan(services, { docId: id, start: 20, end: 30, label: 'figure', snap: 'token' }))
    const [notice] = await services.listConflicts({})
    expect(notice).toMatchObject({ docId: id, file, copy: expect.stringMatching(new RegExp(`^${id}\\.conflict-\\d{8}T\\d{9}Z\\.json$`)) })
    expect(refused).toEqual({
      code: 'conflict',
      message: `${file} was changed outside Spanwright (another program saved it); that version is kept, and this edit was saved beside it as ${notice!.copyPath}`,
    })
    expect(notice!.copyPath).toBe(join(ws, 'documents', notice!.copy))
    expect(await readFile(file, 'utf8')).toBe(outside)
    const copy = await readDoc(notice!.copyPath)
    expect(copy.spans.map((s) => s.label)).toEqual(['commitment', 'figure'])
    // The app now works from the outside version.
    expect((await services.openDocument({ docId: id })).spans.map((s) => s.id)).toContain('outsideSpan01')
    await addSpan(services, { docId: id, start: 20, end: 30, label: 'figure', snap: 'token' })
    expect((await readDoc(file)).spans.map((s) => s.label).sort()).toEqual(['agreement', 'commitment', 'figure'])
    await services.close()
  })

  it('is still a conflict when suggestions were asked for in between: they read the outside version without taking it as known', async () => {
    const { services, id, file } = await withOneSpan()
    await outsideEdit(file)
    expect((await services.suggestDocument({ docId: id })).docId).toBe(id)
    expect((await failure(addSpan(services, { docId: id, start: 20, end: 30, label: 'figure', snap: 'token' }))).code).toBe('conflict')
    expect(await services.listConflicts({})).toHaveLength(1)
    await services.close()
  })

  it('is still a conflict when the changed document is a done one the learner trains on, and suggestions were asked for elsewhere', async () => {
    const { services, id, file } = await withOneSpan()
    await services.setDocumentStatus({ docId: id, status: 'done' })
    await outsideEdit(file)
    const other = (await services.listDocuments({})).find((d) => d.id !== id)!
    expect((await services.suggestDocument({ docId: other.id })).docId).toBe(other.id)
    expect((await failure(addSpan(services, { docId: id, start: 20, end: 30, label: 'figure', snap: 'token' }))).code).toBe('conflict')
    await services.close()
  })

  it('does not count a file re-saved with the same data as a change', async () => {
    const { services, id, file } = await withOneSpan()
    const doc = await readDoc(file)
    await writeFile(file, `${JSON.stringify(doc, null, 4)}\n`)
    await addSpan(services, { docId: id, start: 20, end: 30, label: 'figure', snap: 'token' })
    expect((await readDoc(file)).spans).toHaveLength(2)
    expect(await services.listConflicts({})).toEqual([])
    await services.close()
  })

  it('treats a document damaged outside as a conflict too: the edit is saved as a copy, the damaged file left alone', async () => {
    const { services, id, file } = await withOneSpan()
    await writeFile(file, '{"schema": 1, "id": ')
    const refused = await failure(addSpan(services, { docId: id, start: 20, end: 30, label: 'figure', snap: 'token' }))
    expect(refused.code).toBe('conflict')
    expect(refused.message).toContain(`${file}:1:21: not valid JSON`)
    expect(await readFile(file, 'utf8')).toBe('{"schema": 1, "id": ')
    expect((await services.listDocuments({}))[0]?.damaged).toMatch(/not valid JSON/)
    expect(await services.listConflicts({})).toHaveLength(1)
    await services.close()
  })

  it('is settled in favour of the app: the copy becomes the document, the outside version goes to the trash folder', async () => {
    const { ws, services, id, file } = await withOneSpan()
    const outside = await outsideEdit(file)
    await failure(addSpan(services, { docId: id, start: 20, end: 30, label: 'figure', snap: 'token' }))
    const [notice] = await services.listConflicts({})
    const copyText = await readFile(notice!.copyPath, 'utf8')
    const summary = await services.resolveConflict({ copy: notice!.copy, keep: 'app' })
    expect(summary.spanCount).toBe(2)
    expect(await readFile(file, 'utf8')).toBe(copyText)
    expect(existsSync(notice!.copyPath)).toBe(false)
    const replaced = (await readdir(join(ws, 'trash'))).filter((n) => n.startsWith(`${id}.replaced-`))
    expect(replaced).toHaveLength(1)
    expect(await readFile(join(ws, 'trash', replaced[0]!), 'utf8')).toBe(outside)
    expect(await services.listConflicts({})).toEqual([])
    expect(await services.listTrash({})).toEqual([])
    await services.close()
  })

  it('is settled in favour of the outside version: the copy moves to the trash folder', async () => {
    const { ws, services, id, file } = await withOneSpan()
    const outside = await outsideEdit(file)
    await failure(addSpan(services, { docId: id, start: 20, end: 30, label: 'figure', snap: 'token' }))
    const [notice] = await services.listConflicts({})
    const copyText = await readFile(notice!.copyPath, 'utf8')
    await services.resolveConflict({ copy: notice!.copy, keep: 'outside' })
    expect(await readFile(file, 'utf8')).toBe(outside)
    expect(await readFile(join(ws, 'trash', notice!.copy), 'utf8')).toBe(copyText)
    expect(await services.listConflicts({})).toEqual([])
    await services.close()
  })
})

describe('an index another program changed', () => {
  const tempDir = useTempDirs()

  it('is reloaded by listDocuments, and a later change of the app is made on top of it', async () => {
    const ws = join(await tempDir(), 'ws')
    const services = await servicesAt(ws)
    const ids = (await services.listDocuments({})).map((d) => d.id)
    const indexFile = join(ws, 'spanwright.json')
    const index = JSON.parse(await readFile(indexFile, 'utf8')) as { documents: Array<{ id: string; status: string }> }
    index.documents[1]!.status = 'in_progress'
    await writeFile(indexFile, formatCanonicalJson(index))
    expect((await services.listDocuments({}))[1]?.status).toBe('in_progress')
    // An edit notes a span count; deleting writes the index: the outside status survives both.
    await addSpan(services, { docId: ids[0]!, start: 0, end: 4, label: 'figure', snap: 'token' })
    index.documents[2]!.status = 'skipped'
    await writeFile(indexFile, formatCanonicalJson(index))
    await services.deleteDocument({ docId: ids[4]! })
    const after = JSON.parse(await readFile(indexFile, 'utf8')) as { documents: Array<{ id: string; status: string; span_count: number }> }
    expect(after.documents.map((d) => [d.status, d.span_count])).toEqual([
      ['todo', 1],
      ['in_progress', 0],
      ['skipped', 0],
      ['todo', 0],
    ])
    await services.close()
  })
})
