/**
 * Files dropped on the window arrive as bytes (importFileContents); a save the
 * file system refuses comes back as an 'io' error naming the file, and the same
 * call succeeds once the folder is usable again.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DocumentFile, WorkspaceIndex } from '../../../src-main/core/model'
import type { Services } from '../../../src-main/services'
import { servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { addSpan } from '../../support/span-edits'

const b64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64')
const indexOnDisk = async (services: Services): Promise<WorkspaceIndex> =>
  JSON.parse(await readFile(join(services.workspace.dir, 'spanwright.json'), 'utf8')) as WorkspaceIndex

describe('importFileContents', () => {
  const tempDir = useTempDirs()

  it('imports dropped .txt and .md files, normalized, each reported by the name it was dropped with', async () => {
    const services = await servicesIn(await tempDir())
    const summary = await services.importFileContents({
      files: [
        { name: 'hợp tác.txt', data: b64('\uFEFFDòng một\r\nDòng hai\r\n') },
        { name: 'notes.md', data: b64('# Ghi chú\n\nCafe\u0301 sáng.\n') },
      ],
    })
    expect(summary.imported.map((d) => d.file)).toEqual(['hợp tác.txt', 'notes.md'])
    expect(summary.normalized).toEqual([
      expect.objectContaining({ file: 'hợp tác.txt', normalized: ['lf', 'bom'] }),
      expect.objectContaining({ file: 'notes.md', normalized: ['nfc'] }),
    ])
    const index = await indexOnDisk(services)
    expect(index.documents.slice(-2).map((d) => [d.title, d.source])).toEqual([
      ['Dòng một', 'hợp tác.txt'],
      ['# Ghi chú', 'notes.md'],
    ])
    const doc = JSON.parse(await readFile(join(services.workspace.dir, 'documents', `${summary.imported[0]!.id}.json`), 'utf8')) as DocumentFile
    expect(doc.text).toBe('Dòng một\nDòng hai\n')
    await services.close()
  })

  it('reports an article already in the workspace instead of adding it again', async () => {
    const services = await servicesIn(await tempDir())
    const first = (await services.listDocuments({}))[0]!
    const { text } = await services.openDocument({ docId: first.id })
    const summary = await services.importFileContents({ files: [{ name: 'again.txt', data: b64(text) }] })
    expect(summary.imported).toEqual([])
    expect(summary.duplicates).toEqual([expect.objectContaining({ id: first.id, file: 'again.txt', already: 'in the workspace' })])
    expect((await indexOnDisk(services)).documents).toHaveLength(5)
    await services.close()
  })

  it('refuses invalid UTF-8 with the file name and byte offset and imports nothing from that file', async () => {
    const services = await servicesIn(await tempDir())
    const bad = Uint8Array.from([...Buffer.from('Xin chào '), 0xc3, 0x28, 0x0a])
    const summary = await services.importFileContents({ files: [{ name: 'broken.txt', data: b64(bad) }] })
    expect(summary.imported).toEqual([])
    expect(summary.refused).toEqual(['broken.txt'])
    expect(summary.problems).toEqual([expect.objectContaining({ file: 'broken.txt', message: expect.stringMatching(/^byte 10: /) })])
    expect((await indexOnDisk(services)).documents).toHaveLength(5)
    await services.close()
  })

  it('refuses a file name with a folder in it at the boundary', async () => {
    const { apiInputs } = await import('../../../src-main/api')
    for (const name of ['../x.txt', 'a/b.txt', 'a\\b.txt', '..']) {
      expect(apiInputs.importFileContents.safeParse({ files: [{ name, data: '' }] }).success, name).toBe(false)
    }
    expect(apiInputs.importFileContents.safeParse({ files: [{ name: 'ok.txt', data: b64('x') }] }).success).toBe(true)
  })
})

describe('a save the file system refuses', () => {
  const tempDir = useTempDirs()

  it('fails with code io naming the document file, changes nothing, and the same call works once the folder is back', async () => {
    const services = await servicesIn(await tempDir())
    const docId = (await services.listDocuments({}))[0]!.id
    const documents = join(services.workspace.dir, 'documents')
    const file = join(documents, `${docId}.json`)
    const before = await readFile(file, 'utf8')
    // Root writes through chmod, so the folder itself is taken away: a file stands where it was.
    await rename(documents, `${documents}.away`)
    await writeFile(documents, 'not a folder')
    const add = () => addSpan(services, { docId, start: 0, end: 4, label: 'figure', snap: 'token' })
    await expect(add()).rejects.toMatchObject({ code: 'io', message: expect.stringContaining(`could not save ${file}: `) })
    await expect(services.setDocumentStatus({ docId, status: 'done' })).resolves.toMatchObject({ status: 'done' })

    await rm(documents)
    await rename(`${documents}.away`, documents)
    expect(await readFile(file, 'utf8')).toBe(before)
    const { span } = await add()
    const saved = JSON.parse(await readFile(file, 'utf8')) as DocumentFile
    expect(saved.spans).toEqual([span])
    await services.close()
  })
})
