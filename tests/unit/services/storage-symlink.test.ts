import { lstat, mkdir, readdir, readFile, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../support/temp-dir'
import { servicesAt } from '../store/storage-helpers'
import { addSpan } from '../../support/span-edits'

describe('a workspace folder reached through a symbolic link', () => {
  const tempDir = useTempDirs()

  it('is created, edited and reopened through the link, with every file in the real folder and the link kept', async () => {
    const root = await tempDir()
    const real = join(root, 'real')
    const link = join(root, 'link')
    await mkdir(real)
    await symlink(real, link, 'dir')
    const services = await servicesAt(link)
    const [doc] = await services.listDocuments({})
    const { span } = await addSpan(services, { docId: doc!.id, start: 0, end: 4, label: 'figure', snap: 'token' })
    const { trashId } = await services.deleteDocument({ docId: (await services.listDocuments({}))[1]!.id })
    await services.close()

    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect((await readdir(real)).sort()).toEqual(['documents', 'spanwright.json', 'trash'])
    const onDisk = JSON.parse(await readFile(join(real, 'documents', `${doc!.id}.json`), 'utf8')) as { spans: unknown[] }
    expect(onDisk.spans).toEqual([span])
    expect(await readdir(join(real, 'trash'))).toEqual([`${trashId}.json`, `${trashId}.meta.json`])

    const byRealPath = await servicesAt(real)
    expect((await byRealPath.openDocument({ docId: doc!.id })).spans).toEqual([span])
    await byRealPath.close()
  })

  it('shares one lock whichever path opened it', async () => {
    const root = await tempDir()
    const real = join(root, 'real')
    await mkdir(real)
    await symlink(real, join(root, 'link'), 'dir')
    const viaLink = await servicesAt(join(root, 'link'))
    const viaReal = await servicesAt(real)
    await viaLink.close()
    expect(await readdir(real)).toContain('.spanwright.lock')
    await viaReal.close()
    expect(await readdir(real)).not.toContain('.spanwright.lock')
  })
})
