import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDocument, generateWorkspace, seeded } from '../../../bench/store-workspace'
import { DocumentFile } from '../../../src-main/core/model'
import { documentId } from '../../../src-main/core/text'
import { tokenize } from '../../../src-main/core/tokens'
import { longText } from '../../support/long-workspace'
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

describe("the editor bench's long article", () => {
  it('is about 4,500 paragraphs by default and 200 of ~5 kB when asked, the same text run together', () => {
    const lines = longText(1_000_000).split('\n\n')
    expect(lines.length).toBeGreaterThan(4000)
    const two = longText(1_000_000, 200).split('\n\n')
    expect(two.length).toBe(201) // the title, then 200 paragraphs
    const sizes = two.slice(1).map((p) => Buffer.byteLength(p))
    expect(Math.min(...sizes)).toBeGreaterThan(4_000)
    expect(Math.max(...sizes)).toBeLessThan(6_500)
    expect(two.slice(1).join(' ')).toBe(lines.slice(1).join(' '))
  })
})
