/**
 * A window that opened a document before asks reopenDocument with the revision
 * it holds: it gets the document again only when the file changed, whoever
 * changed it, and edits tell it which revision they were applied to and wrote.
 */
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DocumentFile } from '../../../src-main/core/model'
import { servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

describe('reopenDocument', () => {
  const tempDir = useTempDirs()

  async function opened() {
    const services = await servicesIn(await tempDir())
    const [first] = await services.listDocuments({})
    const doc = await services.openDocument({ docId: first!.id })
    const file = join(services.workspace.dir, 'documents', `${doc.id}.json`)
    return { services, doc, file }
  }

  it('gives the revision as the hash of the file, and only the summary while the file still has it', async () => {
    const { services, doc, file } = await opened()
    expect(doc.revision).toBe(sha256(await readFile(file, 'utf8')))
    const again = await services.reopenDocument({ docId: doc.id, revision: doc.revision })
    expect(again).toEqual({ id: doc.id, title: doc.title, source: doc.source, status: doc.status, spanCount: 0, revision: doc.revision, unchanged: true })
    await services.close()
  })

  it('says which revision an edit was applied to and wrote, and sends the document to a window holding an older one', async () => {
    const { services, doc, file } = await opened()
    const edit = await services.applySpanEdits({ docId: doc.id, edits: [{ op: 'add', span: { id: 'f1', start: 0, end: 4, label: 'figure' } }] })
    expect(edit.revision.before).toBe(doc.revision)
    expect(edit.revision.after).toBe(sha256(await readFile(file, 'utf8')))
    expect(await services.reopenDocument({ docId: doc.id, revision: edit.revision.after })).toMatchObject({ unchanged: true, spanCount: 1 })
    const stale = await services.reopenDocument({ docId: doc.id, revision: doc.revision })
    expect(stale).toMatchObject({ revision: edit.revision.after, spans: [{ id: 'f1', start: 0, end: 4 }], text: doc.text })
    await services.close()
  })

  it('sends the document again when another program changed its file', async () => {
    const { services, doc, file } = await opened()
    const edit = await services.applySpanEdits({ docId: doc.id, edits: [{ op: 'add', span: { id: 'f1', start: 0, end: 4, label: 'figure' } }] })
    const outside = JSON.parse(await readFile(file, 'utf8')) as DocumentFile
    outside.spans[0]!.label = 'agreement'
    await writeFile(file, JSON.stringify(outside))
    const again = await services.reopenDocument({ docId: doc.id, revision: edit.revision.after })
    expect(again).toMatchObject({ spans: [{ id: 'f1', label: 'agreement' }], text: doc.text, revision: sha256(await readFile(file, 'utf8')) })
    expect('unchanged' in again).toBe(false)
    await services.close()
  })
})
