import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { folderSnapshot, spanwright } from '../compare/cli-runner'
import { FIXTURES, readReference } from '../compare/reference-values'
import { addSpan } from '../../support/span-edits'

const A = `${FIXTURES}tiny-a.jsonl`
const B = `${FIXTURES}tiny-b.jsonl`
const SEED_A = `${FIXTURES}seed-a.jsonl`
const SEED_B = `${FIXTURES}seed-b.jsonl`

describe('spanwright diff', () => {
  const tempDir = useTempDirs()

  it('prints each difference on one line with its class, labels, offsets and the text in context, then totals', async () => {
    const { code, stdout } = await spanwright(['diff', A, B])
    expect(code).toBe(0)
    expect(stdout.split('\n')).toEqual([
      'Nhật Bản cam kết hỗ trợ 3 triệu yên.  9f13f21c50a14a76 · 2 differences, 2 matching',
      '  relabel   agreement → commitment  0..8  [Nhật Bản] cam kết hỗ trợ 3 triệu …',
      '  boundary  figure  24..35 → 26..35  A Nhật Bản cam kết hỗ trợ [3 triệu yên].  B …ật Bản cam kết hỗ trợ 3 [triệu yên].',
      '',
      '1 paired document: 2 match, 1 relabel, 1 boundary, 0 only_a, 0 only_b (differences found)',
      '',
    ])
  })

  it('lists the documents each side has alone, with their titles', async () => {
    const { stdout } = await spanwright(['diff', SEED_A, SEED_B])
    expect(stdout).toMatch(/^only in A \(1 document\):\n {2}[0-9a-f]{16} {2}\S.* \(\d+ spans\)$/m)
    expect(stdout).toMatch(/^only in B \(1 document\):\n {2}[0-9a-f]{16} {2}\S.* \(\d+ spans\)$/m)
    expect(stdout).toMatch(/^3 paired documents: 112 match, 28 relabel, 42 boundary, 37 only_a, 35 only_b \(differences found\)$/m)
  })

  it('colours the classes only when asked to (stdout a terminal)', async () => {
    expect((await spanwright(['diff', A, B])).stdout).not.toContain('\u001b[')
    const coloured = (await spanwright(['diff', A, B], { color: true })).stdout
    expect(coloured).toContain('\u001b[33mrelabel \u001b[39m')
    expect(coloured).toContain('\u001b[36mboundary\u001b[39m')
  })

  it('--json gives documents and totals over paired documents, equal to the reference counts', async () => {
    const { code, stdout } = await spanwright(['diff', SEED_A, SEED_B, '--json'])
    expect(code).toBe(0)
    const json = JSON.parse(stdout) as { documents: Record<string, { present: string; counts?: unknown; differences?: unknown[] }>; counts: unknown }
    expect(Object.keys(json)).toEqual(['documents', 'counts'])
    expect(json.counts).toEqual(readReference('seed').counts)
    const docs = Object.values(json.documents)
    expect(docs.map((d) => d.present).sort()).toEqual(['both', 'both', 'both', 'only_a', 'only_b'])
    const tiny = JSON.parse((await spanwright(['diff', A, B, '--json'])).stdout) as { documents: Record<string, unknown> }
    expect(Object.values(tiny.documents)).toEqual([
      {
        title: 'Nhật Bản cam kết hỗ trợ 3 triệu yên.',
        present: 'both',
        counts: { match: 2, relabel: 1, boundary: 1, only_a: 0, only_b: 0 },
        differences: [
          {
            class: 'relabel',
            a: { id: 'lan-3', start: 0, end: 8, label: 'agreement', text: 'Nhật Bản' },
            b: { id: 'minh-3', start: 0, end: 8, label: 'commitment', text: 'Nhật Bản' },
          },
          {
            class: 'boundary',
            a: { id: 'lan-2', start: 24, end: 35, label: 'figure', text: '3 triệu yên' },
            b: { id: 'minh-2', start: 26, end: 35, label: 'figure', text: 'triệu yên' },
          },
        ],
      },
    ])
  })

  it('finds a file all "match" when compared with itself, and --exit-code gives 0', async () => {
    const { code, stdout } = await spanwright(['diff', SEED_A, SEED_A, '--exit-code', '--json'])
    expect(code).toBe(0)
    const counts = (JSON.parse(stdout) as { counts: Record<string, number> }).counts
    expect(counts.match).toBeGreaterThan(200)
    expect({ ...counts, match: 0 }).toEqual({ match: 0, relabel: 0, boundary: 0, only_a: 0, only_b: 0 })
    expect((await spanwright(['diff', SEED_A, SEED_A])).stdout).toMatch(/\(no differences\)\n$/)
  })

  it('--exit-code gives 1 when the files differ and 2 on an error', async () => {
    expect((await spanwright(['diff', A, B, '--exit-code'])).code).toBe(1)
    const dir = await tempDir()
    const missing = await spanwright(['diff', A, join(dir, 'nope.jsonl'), '--exit-code'])
    expect(missing).toMatchObject({ code: 2, stderr: `spanwright: ${join(dir, 'nope.jsonl')}: no such file or folder\n` })
    await writeFile(join(dir, 'bad.jsonl'), '{"id": 1}\n')
    expect((await spanwright(['diff', A, join(dir, 'bad.jsonl'), '--exit-code'])).code).toBe(2)
  })

  it('refuses a broken input with file:line problems and no output, exit 1 without --exit-code', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'bad.jsonl'), `${await readFile(A, 'utf8')}not json\n`)
    const { code, stdout, stderr } = await spanwright(['diff', A, join(dir, 'bad.jsonl')])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(new RegExp(`^spanwright: ${join(dir, 'bad.jsonl')} is not a canonical annotation file \\(1 problem\\):\\n${join(dir, 'bad.jsonl')}:2: not valid JSON`))
  })

  it('reads a workspace folder without changing, creating or seeding anything', async () => {
    const dir = await tempDir()
    const services = await servicesIn(dir)
    const [first] = await services.listDocuments({})
    await addSpan(services, { docId: first?.id ?? '', start: 0, end: 8, label: 'commitment', snap: 'token' })
    await services.exportDataset({ path: join(dir, 'export.jsonl'), format: 'jsonl' })
    await services.close()
    const before = await folderSnapshot(services.workspace.dir)
    const { code, stdout } = await spanwright(['diff', services.workspace.dir, join(dir, 'export.jsonl'), '--exit-code'])
    expect(stdout).toMatch(/^5 paired documents: 1 match, 0 relabel, 0 boundary, 0 only_a, 0 only_b \(no differences\)$/m)
    expect(code).toBe(0)
    expect(await folderSnapshot(services.workspace.dir)).toEqual(before)
    const empty = join(dir, 'empty')
    await mkdir(empty)
    expect(await spanwright(['diff', empty, A])).toMatchObject({ code: 2, stderr: expect.stringContaining('not a Spanwright workspace') })
    expect(await folderSnapshot(empty)).toEqual({})
  })
})
