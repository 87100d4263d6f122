import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src-main/cli/program'
import { RESOURCES_DIR } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { failure, servicesAt } from '../store/storage-helpers'
import { addSpan } from '../../support/span-edits'

const SERVICES = fileURLToPath(new URL('../../../src-main/services.ts', import.meta.url))
const lockFile = (ws: string): string => join(ws, '.spanwright.lock')
const lock = (info: Record<string, unknown>): string =>
  JSON.stringify({ schema: 1, pid: 1, host: hostname(), holder: 'the Spanwright app', since: '2026-11-23T08:00:00.000Z', ...info })

/** Another process that opens the workspace for writing and holds it until told to close. */
function holdInAnotherProcess(ws: string): Promise<{ pid: number; close(): Promise<void> }> {
  const script = `
    const { openServices } = await import(${JSON.stringify(SERVICES)})
    const s = await openServices({ workspaceDir: ${JSON.stringify(ws)}, resourcesDir: ${JSON.stringify(RESOURCES_DIR)}, dialogs: { chooseSavePath: async () => null }, holder: 'a second Spanwright' })
    process.stdout.write('ready\\n')
    process.stdin.once('data', async () => { await s.close(); process.exit(0) })`
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the holder exited with ${code}`)))
    child.stdout.once('data', () =>
      resolve({
        pid: child.pid as number,
        close: () => new Promise((done) => (child.removeAllListeners('exit'), child.once('exit', () => done()), child.stdin.write('x\n'))),
      }),
    )
  })
}

describe('the workspace lock', () => {
  const tempDir = useTempDirs()

  it('keeps a second process from writing while one holds it; read-only commands still work', async () => {
    const root = await tempDir()
    const ws = join(root, 'ws')
    const holder = await holdInAnotherProcess(ws)
    try {
      const refused = await failure(servicesAt(ws))
      expect(refused).toEqual({
        code: 'locked',
        message: expect.stringMatching(
          new RegExp(`^the workspace ${ws} is in use by a second Spanwright \\(pid ${holder.pid} on ${hostname()}, since [^)]+\\); close it first, or delete ${lockFile(ws)} if that program is no longer running$`),
        ),
      })
      const reader = await servicesAt(ws, { access: 'read' })
      expect(await reader.listDocuments({})).toHaveLength(5)
      expect((await failure(reader.deleteDocument({ docId: (await reader.listDocuments({}))[0]!.id }))).code).toBe('read_only')
      await reader.close()
      const err: string[] = []
      const code = await runCli(['export', '-w', ws, '-o', join(root, 'out.jsonl')], {
        resourcesDir: RESOURCES_DIR,
        workspace: (o) => ({ dir: o ?? ws, from: o ? 'option' : 'default' }),
        stdout: () => undefined,
        stderr: (t) => void err.push(t),
      })
      expect([code, err.join('')]).toEqual([0, `exported 5 documents, 0 spans to ${join(root, 'out.jsonl')}\n`])
      expect(JSON.parse(await readFile(lockFile(ws), 'utf8'))).toMatchObject({ pid: holder.pid, holder: 'a second Spanwright' })
    } finally {
      await holder.close()
    }
    expect(existsSync(lockFile(ws))).toBe(false)
    const services = await servicesAt(ws)
    await services.close()
  }, 60_000)

  it('is taken over when the process that held it is gone', async () => {
    const ws = join(await tempDir(), 'ws')
    await (await servicesAt(ws)).close()
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    await writeFile(lockFile(ws), lock({ pid: Number(gone.stdout) }))
    const services = await servicesAt(ws)
    expect(JSON.parse(await readFile(lockFile(ws), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() })
    await services.close()
    expect(existsSync(lockFile(ws))).toBe(false)
  })

  it('is taken over even when a process died while taking it over (its claim is left behind)', async () => {
    const ws = join(await tempDir(), 'ws')
    await (await servicesAt(ws)).close()
    const gone = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout)
    const stale = lock({ pid: gone() })
    await writeFile(lockFile(ws), stale)
    const claim = join(ws, `.spanwright-tmp-takeover.${createHash('sha256').update(stale).digest('hex').slice(0, 16)}`)
    await writeFile(claim, JSON.stringify({ pid: gone(), host: hostname(), nonce: 'x' }))
    const services = await servicesAt(ws)
    expect(JSON.parse(await readFile(lockFile(ws), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() })
    expect(existsSync(claim)).toBe(false)
    await services.close()
  })

  it('is taken over when it names this process but was left by an earlier run with the same pid', async () => {
    const ws = join(await tempDir(), 'ws')
    await (await servicesAt(ws)).close()
    await writeFile(lockFile(ws), lock({ pid: process.pid, since: '2020-01-01T00:00:00.000Z' }))
    const services = await servicesAt(ws)
    await services.close()
    expect(existsSync(lockFile(ws))).toBe(false)
  })

  it.each([
    ['another host', lock({ host: 'elsewhere.example', pid: 4242 }), /in use by the Spanwright app \(pid 4242 on elsewhere\.example, since 2026-11-23T08:00:00\.000Z\)/],
    ['a file that is not a lock', 'garbage', /in use by another program; close it first, or delete .*\.spanwright\.lock/],
  ])('refuses a lock held from %s, naming the lock file, and leaves it alone', async (_what, content, message) => {
    const ws = join(await tempDir(), 'ws')
    await (await servicesAt(ws)).close()
    await writeFile(lockFile(ws), content)
    expect(await failure(servicesAt(ws))).toEqual({ code: 'locked', message: expect.stringMatching(message) })
    expect(await readFile(lockFile(ws), 'utf8')).toBe(content)
  })

  it('is shared by two openings in one process and removed when the last one closes', async () => {
    const ws = join(await tempDir(), 'ws')
    const first = await servicesAt(ws)
    const second = await servicesAt(ws)
    await first.close()
    expect(existsSync(lockFile(ws))).toBe(true)
    await second.close()
    expect(existsSync(lockFile(ws))).toBe(false)
  })

  it('names a lock that is a folder, tells what to do, and exits 1 (the command line)', async () => {
    const root = await tempDir()
    const ws = join(root, 'ws')
    await (await servicesAt(ws)).close()
    await mkdir(lockFile(ws))
    await writeFile(join(root, 'bài.txt'), 'Hà Nội ký thỏa thuận.\n')
    const err: string[] = []
    const code = await runCli(['import', '-w', ws, join(root, 'bài.txt')], {
      resourcesDir: RESOURCES_DIR,
      workspace: (o) => ({ dir: o ?? ws, from: o ? 'option' : 'default' }),
      stdout: () => undefined,
      stderr: (t) => void err.push(t),
    })
    expect([code, err.join('')]).toEqual([1, `spanwright: the lock file ${lockFile(ws)} is a folder; remove it if no Spanwright is running\n`])
    expect(await failure(servicesAt(ws))).toEqual({ code: 'locked', message: `the lock file ${lockFile(ws)} is a folder; remove it if no Spanwright is running` })
  })

  it('makes a closed workspace refuse changes', async () => {
    const ws = join(await tempDir(), 'ws')
    const services = await servicesAt(ws)
    const [doc] = await services.listDocuments({})
    await services.close()
    expect(await failure(addSpan(services, { docId: doc!.id, start: 0, end: 4, label: 'figure', snap: 'token' }))).toEqual({
      code: 'read_only',
      message: `the workspace ${ws} is closed`,
    })
  })
})
