import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { apiInputs } from '../../../src-main/api'
import { servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

describe('renaming a document', () => {
  const tempDir = useTempDirs()

  it('stores the trimmed title in the index and the document file, so the list, a reopened workspace and exports carry it', async () => {
    const dir = await tempDir()
    const services = await servicesIn(dir)
    const [doc] = await services.listDocuments({})
    const title = apiInputs.renameDocument.parse({ docId: doc!.id, title: '  Hợp tác Việt – Nhật 𠀋  ' }).title
    expect(title).toBe('Hợp tác Việt – Nhật 𠀋')
    expect(await services.renameDocument({ docId: doc!.id, title })).toMatchObject({ id: doc!.id, title })
    expect((await services.listDocuments({}))[0]!.title).toBe(title)
    const out = join(dir, 'out.jsonl')
    await services.exportDataset({ path: out, format: 'jsonl' })
    const first = JSON.parse((await readFile(out, 'utf8')).split('\n')[0]!) as { id: string; title: string }
    expect(first).toMatchObject({ id: doc!.id, title })
    await services.close()
    const again = await servicesIn(dir)
    expect((await again.listDocuments({}))[0]!.title).toBe(title)
    await again.close()
  })

  it.each([
    ['an empty title', '   '],
    ['a title over 200 characters', 'ư'.repeat(201)],
    ['two lines', 'Một\nHai'],
  ])('refuses %s at the boundary', (_name, title) => {
    expect(apiInputs.renameDocument.safeParse({ docId: '0123456789abcdef', title }).success).toBe(false)
  })

  it('takes 200 characters, counted in code points', () => {
    expect(apiInputs.renameDocument.safeParse({ docId: '0123456789abcdef', title: '𠀋'.repeat(200) }).success).toBe(true)
  })
})

describe('searching document texts', () => {
  const tempDir = useTempDirs()

  it('finds documents whose text holds every word, ignoring case and accents, in list order', async () => {
    const services = await servicesIn(await tempDir())
    const docs = await services.listDocuments({})
    const texts = await Promise.all(docs.map(async (d) => (await services.openDocument({ docId: d.id })).text))
    const holding = (...words: string[]) => docs.filter((_, i) => words.every((w) => texts[i]!.toLowerCase().includes(w.toLowerCase()))).map((d) => d.id)
    const apec = await services.searchDocuments({ query: 'APEC' })
    expect(apec).toEqual(holding('APEC'))
    expect(apec.length).toBeGreaterThan(0)
    expect(apec.length).toBeLessThan(docs.length)
    expect(await services.searchDocuments({ query: 'apec fukuoka' })).toEqual(holding('APEC', 'Fukuoka'))
    expect(await services.searchDocuments({ query: 'hop tac' })).toEqual(holding('hợp tác'))
    expect(await services.searchDocuments({ query: 'zzzz không có' })).toEqual([])
    expect(await services.searchDocuments({ query: '  ' })).toEqual(docs.map((d) => d.id))
    await services.close()
  })
})
