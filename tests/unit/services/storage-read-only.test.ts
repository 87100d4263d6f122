/**
 * A workspace the process cannot write. Tests run as root here, where chmod
 * stops nothing, so as root the folder is bind-mounted read-only (the kernel
 * then refuses every write with EROFS); as another user it is made read-only
 * with chmod. Where neither is possible the tests are skipped by name.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src-main/cli/program'
import { RESOURCES_DIR } from '../../support/services'
import { failure, servicesAt, snapshot } from '../store/storage-helpers'
import { addSpan } from '../../support/span-edits'

const isRoot = process.getuid?.() === 0
const canMount = isRoot && process.platform === 'linux' && probeReadOnlyMount()
const supported = canMount || (!isRoot && process.platform !== 'win32')

function probeReadOnlyMount(): boolean {
  const dir = execFileSync('mktemp', ['-d'], { encoding: 'utf8' }).trim()
  const ok = spawnSync('mount', ['--bind', dir, dir]).status === 0
  if (ok) spawnSync('umount', [dir])
  spawnSync('rmdir', [dir])
  return ok
}

describe.skipIf(!supported)('a read-only workspace (needs root with mount, or a non-root user)', () => {
  let root = ''
  let source = ''
  let workspace = ''
  let empty = ''

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'spanwright-ro-'))
    source = join(root, 'source')
    await (await servicesAt(source)).close()
    await mkdir(join(root, 'empty-source'))
    if (canMount) {
      workspace = join(root, 'mounted')
      empty = join(root, 'mounted-empty')
      for (const [from, to] of [
        [source, workspace],
        [join(root, 'empty-source'), empty],
      ] as const) {
        await mkdir(to)
        execFileSync('mount', ['--bind', from, to])
        execFileSync('mount', ['-o', 'remount,bind,ro', to])
      }
    } else {
      workspace = source
      empty = join(root, 'empty-source')
      for (const dir of [workspace, join(workspace, 'documents'), empty]) await chmod(dir, 0o555)
    }
  })

  afterAll(async () => {
    if (canMount) for (const dir of [workspace, empty]) spawnSync('umount', [dir])
    else for (const dir of [workspace, join(workspace, 'documents'), empty]) await chmod(dir, 0o755).catch(() => undefined)
    await rm(root, { recursive: true, force: true })
  })

  it('opens for reading and says why it cannot be changed', async () => {
    const services = await servicesAt(workspace)
    const info = await services.getWorkspace({})
    expect(info.readOnly).toMatch(new RegExp(`^the workspace ${workspace} is read-only \\((EROFS|EACCES)\\): documents can be read but not changed$`))
    const docs = await services.listDocuments({})
    expect(docs).toHaveLength(5)
    expect((await services.openDocument({ docId: docs[0]!.id })).text.length).toBeGreaterThan(100)
    await services.close()
  })

  it('refuses every change with code read_only and writes nothing, not even a lock', async () => {
    const before = await snapshot(source)
    const services = await servicesAt(workspace)
    const [doc] = await services.listDocuments({})
    const calls = [
      () => addSpan(services, { docId: doc!.id, start: 0, end: 4, label: 'figure', snap: 'token' }),
      () => services.deleteDocument({ docId: doc!.id }),
      () => services.restoreDocument({ trashId: `${doc!.id}.20261123T080000000Z` }),
    ]
    for (const call of calls) expect(await failure(call())).toMatchObject({ code: 'read_only', message: expect.stringContaining('is read-only') })
    await services.close()
    expect(await snapshot(source)).toEqual(before)
    expect(await readdir(source)).toEqual(['documents', 'spanwright.json'])
  })

  it('can still be exported from the command line', async () => {
    const out = join(root, 'out.jsonl')
    expect(await runCli(['export', '-w', workspace, '-o', out], { resourcesDir: RESOURCES_DIR, workspace: (o) => ({ dir: o ?? workspace, from: o ? 'option' : 'default' }), stdout: () => undefined, stderr: () => undefined })).toBe(0)
  })

  it('cannot be created when the folder is empty, and says so', async () => {
    expect(await failure(servicesAt(empty))).toEqual({
      code: 'read_only',
      message: expect.stringMatching(new RegExp(`^the workspace ${empty} is read-only \\((EROFS|EACCES)\\): .*, and it has no spanwright\\.json yet$`)),
    })
  })
})
