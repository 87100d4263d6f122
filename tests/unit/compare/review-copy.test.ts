import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../src-main/services'
import { RESOURCES_DIR, servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { addSpan } from '../../support/span-edits'
import { folderSnapshot } from './cli-runner'

describe('copyWorkspace (before Review mode writes gold spans)', () => {
  const tempDir = useTempDirs()

  it('keeps the annotator’s work as it is in a new folder beside the workspace, which opens as a workspace of its own', async () => {
    const dir = await tempDir()
    const services = await servicesIn(dir)
    const [doc] = await services.listDocuments({})
    await addSpan(services, { docId: doc!.id, start: 0, end: 8, label: 'agreement', snap: 'exact' })
    const { path } = await services.copyWorkspace({})
    expect(path).toBe(join(dir, 'workspace-review'))
    const copied = await folderSnapshot(path)
    const original = await folderSnapshot(services.workspace.dir)
    // The same files with the same bytes (the snapshot starts with the time, which may round).
    const bytes = (snapshot: Record<string, string>) => Object.fromEntries(Object.entries(snapshot).filter(([f]) => f !== '.spanwright.lock').map(([f, v]) => [f, v.split(' ').pop()]))
    expect(bytes(copied)).toEqual(Object.fromEntries(Object.entries(bytes(original)).filter(([f]) => f !== '.spanwright.lock')))
    expect(JSON.parse(await readFile(join(path, 'documents', `${doc!.id}.json`), 'utf8'))).toMatchObject({ spans: [{ start: 0, end: 8, label: 'agreement' }] })

    // A second copy takes the next free name; the first is left alone.
    expect((await services.copyWorkspace({})).path).toBe(join(dir, 'workspace-review-2'))
    await services.close()
    // Reviewing into the copy held it open; closing lets it go.
    expect(existsSync(join(path, '.spanwright.lock'))).toBe(false)

    const reopened = await openServices({ workspaceDir: path, resourcesDir: RESOURCES_DIR, annotator: 'lan', dialogs: { chooseSavePath: async () => null } })
    expect((await reopened.listDocuments({}))[0]).toMatchObject({ id: doc!.id, spanCount: 1 })
    await reopened.close()
  })
})
