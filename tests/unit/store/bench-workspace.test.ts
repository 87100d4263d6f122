import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDocument, generateWorkspace, seeded } from '../../../bench/store-workspace'
import { DocumentFile } from '../../../src-main/core/model'
import { documentId } from '../../../src-main/core/text'
import { tokenize } from '../../../src-main/core/tokens'
import { useTempDirs } from '../../support/temp-dir'
import { servicesAt } from './storage-helpers'

describe('the generated benchmark workspace', () => {
  const tempDir = useTempDirs()

  it('holds documents of about 10 kB with 20 spans, valid by the contract: id, tokens, span text', () => {
    const random = seeded(3)
    for (let n = 0; n < 3; n++) {
      const doc = generateDocument(n, 10_000, 20, random)
      expect(DocumentFile.safeParse(doc).success).toBe(true)
      expect(Buffer.byteLength(doc.text)).toBeGreaterThanOrEqual(10_000)
      expect(Buffer.byteLength(doc.text)).toBeLessThan(11_000)
      expect(doc.id).toBe(documentId(doc.text))
      expect(doc.tokens).toEqual(tokenize(doc.text))
      expect(doc.spans).toHaveLength(20)
      for (const s of doc.spans) expect(s.text).toBe([...doc.text].slice(s.start, s.end).join(''))
    }
  })

  it('opens with Spanwright and lists every document with its span count', async () => {
    const dir = join(await tempDir(), 'ws')
    const { ids } = await generateWorkspace(dir, { documents: 12, textBytes: 2_000, spans: 4 })
    const services = await servicesAt(dir)
    expect((await services.listDocuments({})).map((d) => [d.id, d.spanCount])).toEqual(ids.map((id) => [id, 4]))
    expect((await services.openDocument({ docId: ids[5]! })).spans).toHaveLength(4)
    expect(await services.verifyDocuments({})).toEqual([])
    await services.close()
    expect(JSON.parse(await readFile(join(dir, 'spanwright.json'), 'utf8'))).toMatchObject({ schema: 1, annotator: 'bench' })
  })
})
