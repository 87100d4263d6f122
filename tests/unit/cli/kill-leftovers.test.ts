/**
 * kill -9 in the middle of an export or an import: the command line runs as its
 * own process, is killed (SIGKILL) at a known moment (SPANWRIGHT_TEST_PAUSE,
 * store/files/test-pause.ts), and the next command cleans up what it left and says so.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { servicesIn, RESOURCES_DIR } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { cliIn } from '../export/cli-run'
import { bundleCli, killAt } from '../../../scripts/kill-leftovers'

const hostTag = createHash('sha256').update(hostname()).digest('hex').slice(0, 8)
const partials = async (dir: string): Promise<string[]> => (await readdir(dir)).filter((n) => n.includes('.partial')).sort()
const indexIds = async (ws: string): Promise<string[]> =>
  (JSON.parse(await readFile(join(ws, 'spanwright.json'), 'utf8')) as { documents: Array<{ id: string }> }).documents.map((d) => d.id)

describe('a command killed with SIGKILL', () => {
  const tempDir = useTempDirs()
  let cli = ''
  let bundleDir = ''
  beforeAll(async () => {
    bundleDir = await mkdtemp(join(tmpdir(), 'spanwright-cli-'))
    cli = await bundleCli(bundleDir, RESOURCES_DIR)
  }, 60_000)
  afterAll(() => rm(bundleDir, { recursive: true, force: true }))

  async function seededWorkspace(): Promise<{ dir: string; ws: string }> {
    const dir = await tempDir()
    const services = await servicesIn(dir)
    await services.close()
    return { dir, ws: join(dir, 'workspace') }
  }

  it('leaves a partial export that the next export to that file removes and reports; others are left alone', async () => {
    const { dir, ws } = await seededWorkspace()
    const out = join(dir, 'out')
    await mkdir(out)
    const target = join(out, 'data.jsonl')
    expect(await killAt(cli, 'export-partial', ['export', '-w', ws, '-o', target])).toBe('SIGKILL')
    const [left] = await partials(out)
    expect(left).toMatch(/^\.data\.jsonl\.\d+-[0-9a-f]{8}-[0-9a-f]{8}\.partial$/)
    expect(existsSync(target)).toBe(false)
    // Not ours to remove: an export this (live) process writes, one to another target, a name of another shape.
    const alive = `.data.jsonl.${process.pid}-${hostTag}-0badc0de.partial`
    const otherTarget = `.data.json.${left!.split('.')[3]}.partial`
    const stranger = '.data.jsonl.partial'
    for (const name of [alive, otherTarget, stranger]) await writeFile(join(out, name), 'keep')

    const again = cliIn(dir)
    expect(await again.run('export', '-w', ws, '-o', target)).toBe(0)
    expect(again.stderr()).toContain(`spanwright: removed leftover partial export ${join(out, left!)} (`)
    expect(again.stderr()).toMatch(/\(\d+ kB\) from an interrupted export\n/)
    expect(await partials(out)).toEqual([stranger, otherTarget, alive].sort())
    expect((await readFile(target, 'utf8')).trim().split('\n')).toHaveLength(5)
  }, 60_000)

  it('puts back the earlier brat export a killed replace had moved aside, and removes the new one it never renamed in', async () => {
    const { dir, ws } = await seededWorkspace()
    const target = join(dir, 'brat')
    const first = cliIn(dir)
    expect(await first.run('export', '-w', ws, '-f', 'brat', '-o', target)).toBe(0)
    const earlier = (await readdir(target)).sort()
    expect(await killAt(cli, 'export-replace', ['export', '-w', ws, '-f', 'brat', '-o', target])).toBe('SIGKILL')
    expect(existsSync(target)).toBe(false)
    expect((await partials(dir)).map((n) => n.replace(/\d+-[0-9a-f]{8}-[0-9a-f]{8}/, 'N')).sort()).toEqual(['.brat.N.partial', '.brat.N.partial-old'])

    const next = cliIn(dir)
    expect(await next.run('export', '-w', ws, '-f', 'brat', '-o', target)).toBe(0)
    expect(next.stderr()).toContain(`spanwright: put back ${target} (`)
    expect(next.stderr()).toMatch(/removed leftover partial export \S+\.brat\.\d+-[0-9a-f]{8}-[0-9a-f]{8}\.partial \(\d+ kB\) from an interrupted export/)
    expect(await partials(dir)).toEqual([])
    expect((await readdir(target)).sort()).toEqual(earlier)
  }, 60_000)

  it('leaves document files the index does not list: a read-only command reports them, the next import lists them', async () => {
    const { dir, ws } = await seededWorkspace()
    const before = await indexIds(ws)
    const files = ['Hà Nội mở rộng đường vành đai\n\nThành phố cam kết hoàn thành năm 2027.\n', 'Giá điện tăng 4,8%\n\nEVN cho biết mức tăng áp dụng từ tháng 5.\n']
    const paths = await Promise.all(files.map(async (text, i) => {
      const path = join(dir, `article-${i}.txt`)
      await writeFile(path, text)
      return path
    }))
    expect(await killAt(cli, 'import-files', ['import', '-w', ws, ...paths])).toBe('SIGKILL')
    const onDisk = (await readdir(join(ws, 'documents'))).map((n) => n.slice(0, 16))
    const orphans = onDisk.filter((id) => !before.includes(id))
    expect(orphans).toHaveLength(2)
    expect(await indexIds(ws)).toEqual(before)
    // And a file that is no document at all, left unlisted too: not deleted, not listed.
    await writeFile(join(ws, 'documents', '0123456789abcdef.json'), '{"schema": 1, "id": "0123')

    const reader = cliIn(dir)
    expect(await reader.run('export', '-w', ws, '-o', join(dir, 'x.jsonl'))).toBe(0)
    expect(reader.stderr()).toContain(`spanwright: 3 document files in ${join(ws, 'documents')} are not listed (an interrupted import); the next import or the app lists them\n`)
    expect(await indexIds(ws)).toEqual(before)

    const third = join(dir, 'third.txt')
    await writeFile(third, 'Ba dự án mới\n\nBộ cam kết giải ngân 500 tỉ đồng.\n')
    const importer = cliIn(dir)
    expect(await importer.run('import', '-w', ws, third)).toBe(0)
    expect(importer.stderr()).toMatch(/spanwright: recovered 2 documents from an interrupted import, now listed as todo: "(Hà Nội mở rộng đường vành đai|Giá điện tăng 4,8%)", "(Hà Nội mở rộng đường vành đai|Giá điện tăng 4,8%)"\n/)
    expect(importer.stderr()).toMatch(/spanwright: moved 0123456789abcdef\.json, left unlisted by an interrupted import, to the trash as 0123456789abcdef\.\S+: /)
    const after = await indexIds(ws)
    expect(after.slice(0, 5)).toEqual(before)
    expect(after.slice(5, 7).sort()).toEqual(orphans.sort())
    expect(after).toHaveLength(8)
    expect((await readdir(join(ws, 'trash'))).filter((n) => n.startsWith('0123456789abcdef.'))).toHaveLength(2)
    expect(existsSync(join(ws, 'documents', '0123456789abcdef.json'))).toBe(false)
  }, 60_000)
})
