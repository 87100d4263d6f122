import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentTitle } from '../../../src-main/core/text'
import { tokenize } from '../../../src-main/core/tokens'
import { openServices } from '../../../src-main/services'
import { RESOURCES_DIR, servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { addSpan } from '../../support/span-edits'

const seedFiles = async (): Promise<string[]> => (await readdir(join(RESOURCES_DIR, 'seed-articles'))).sort()

describe('a new workspace', () => {
  const tempDir = useTempDirs()

  it('is seeded with the five built-in articles, each titled by its headline, not the page furniture above it', async () => {
    const services = await servicesIn(await tempDir())
    const docs = await services.listDocuments({})
    const files = await seedFiles()
    expect(docs.map((d) => d.source)).toEqual(files)
    expect(docs.map((d) => d.title)).toContain('Nhật Bản một lần nữa khẳng định ủng hộ Việt Nam đăng cai Năm APEC 2027')
    expect(docs.map((d) => d.title)).toContain('Đưa quan hệ đối tác chiến lược sâu rộng Việt Nam - Nhật Bản lên tầm cao mới')
    for (const doc of docs) {
      const raw = await readFile(join(RESOURCES_DIR, 'seed-articles', doc.source), 'utf8')
      const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC')
      expect(doc.title).toBe(documentTitle(text, doc.source))
      expect(doc.id).toBe(createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16))
      expect(doc).toMatchObject({ status: 'todo', spanCount: 0 })
      expect((await services.openDocument({ docId: doc.id })).text).toBe(text)
      const file = JSON.parse(await readFile(join(services.workspace.dir, 'documents', `${doc.id}.json`), 'utf8')) as { tokens: unknown }
      expect(file.tokens).toEqual(tokenize(text))
    }
    await services.close()
  })

  it('keeps the seed copies in resources byte-identical to the shared corpus', async () => {
    const shared = join(RESOURCES_DIR, '..', '..', 'shared', 'seed-articles')
    const names = await readdir(shared).catch(() => null)
    if (!names) {
      console.warn(`not compared: ${shared} is not beside the project`)
      return
    }
    expect(names.sort()).toEqual(await seedFiles())
    for (const name of names) {
      expect(await readFile(join(RESOURCES_DIR, 'seed-articles', name))).toEqual(await readFile(join(shared, name)))
    }
  })

  it('is not seeded again when it is opened a second time', async () => {
    const dir = await tempDir()
    const first = await servicesIn(dir)
    const [doc] = await first.listDocuments({})
    await addSpan(first, { docId: doc!.id, start: 0, end: 4, label: 'commitment', snap: 'token' })
    await first.close()
    const second = await servicesIn(dir)
    expect(await second.listDocuments({})).toHaveLength(5)
    expect((await second.openDocument({ docId: doc!.id })).spans).toHaveLength(1)
    await second.close()
  })

  it('refuses a workspace path that is a file, naming the path', async () => {
    const file = join(await tempDir(), 'not-a-folder')
    await writeFile(file, 'x')
    const opening = openServices({ workspaceDir: file, resourcesDir: RESOURCES_DIR, dialogs: { chooseSavePath: async () => null } })
    await expect(opening).rejects.toThrow(`the workspace ${file} is a file, not a folder`)
  })

  it('refuses a workspace path that cannot be created, naming the path', async () => {
    const file = join(await tempDir(), 'file')
    await writeFile(file, 'x')
    const inside = join(file, 'workspace')
    const opening = openServices({ workspaceDir: inside, resourcesDir: RESOURCES_DIR, dialogs: { chooseSavePath: async () => null } })
    await expect(opening).rejects.toThrow(`cannot open the workspace folder ${inside} (ENOTDIR)`)
  })
})
