import { execFileSync, spawnSync } from 'node:child_process'
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { spanwright } from '../compare/cli-runner'
import { FIXTURES } from '../compare/reference-values'
import { addSpan } from '../../support/span-edits'

const TINY_A = `${FIXTURES}tiny-a.jsonl`
const CLI = fileURLToPath(new URL('../../../src-main/cli.ts', import.meta.url))
const TSX = new URL('../../../node_modules/tsx/dist/loader.mjs', import.meta.url).href
const hasGit = spawnSync('git', ['--version']).status === 0

describe('spanwright show', () => {
  const tempDir = useTempDirs()

  it('renders each document with its spans inline as [text]{label}, nested spans nested', async () => {
    const { code, stdout } = await spanwright(['show', TINY_A])
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        '=== Nhật Bản cam kết hỗ trợ 3 triệu yên.',
        '9f13f21c50a14a76 · lan · done · 4 spans',
        '',
        '[[Nhật Bản]{agreement} [cam kết hỗ trợ [3 triệu yên]{figure}]{commitment}.]{topic}',
        '',
      ].join('\n'),
    )
  })

  it('keeps crossing spans readable by naming the label at each close', async () => {
    const dir = await tempDir()
    const record = JSON.parse(await readFile(TINY_A, 'utf8')) as { spans: Array<{ start: number; end: number; label: string; text: string }> }
    // commitment 9..35 and a figure 0..12 that crosses its start
    record.spans = record.spans.filter((s) => s.label === 'commitment')
    record.spans.unshift({ ...record.spans[0]!, id: 'x', start: 0, end: 12, label: 'figure', text: 'Nhật Bản cam' } as never)
    await writeFile(join(dir, 'x.jsonl'), `${JSON.stringify(record)}\n`)
    expect((await spanwright(['show', join(dir, 'x.jsonl')])).stdout).toContain('[Nhật Bản [cam]{figure} kết hỗ trợ 3 triệu yên]{commitment}.')
  })

  it("renders a workspace folder and one of its document files, as git hands a textconv", async () => {
    const dir = await tempDir()
    const services = await servicesIn(dir)
    const [first] = await services.listDocuments({})
    await addSpan(services, { docId: first?.id ?? '', start: 0, end: 8, label: 'commitment', snap: 'token' })
    await services.close()
    const folder = await spanwright(['show', services.workspace.dir])
    expect(folder.stdout.match(/^=== /gm)).toHaveLength(5)
    expect(folder.stdout).toContain('[Việt Nam]{commitment} sẵn sàng')
    const file = join(dir, 'copy-of-doc')
    await copyFile(join(services.workspace.dir, 'documents', `${first?.id}.json`), file)
    const one = await spanwright(['show', file])
    expect(one.stdout.split('\n').slice(1, 4)).toEqual([`${first?.id} · 000_ee5b45165e85ac05.txt · 1 span`, '', expect.stringMatching(/^\[Việt Nam\]\{commitment\} sẵn sàng/)])
  })

  it('refuses a file that is not an annotation file, with the place', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'notes.txt'), 'hello\n')
    expect(await spanwright(['show', join(dir, 'notes.txt')])).toMatchObject({ code: 1, stderr: expect.stringContaining(`${join(dir, 'notes.txt')}:1: not valid JSON`) })
  })

  it.skipIf(!hasGit)('makes `git diff` of an annotation file show the span that changed (needs git)', async () => {
    const dir = await tempDir()
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' })
    git('init', '-q')
    await writeFile(join(dir, '.gitattributes'), '*.jsonl diff=spanwright\n')
    await copyFile(TINY_A, join(dir, 'a.jsonl'))
    git('add', '.')
    git('commit', '-qm', 'a')
    await writeFile(join(dir, 'a.jsonl'), (await readFile(TINY_A, 'utf8')).replace('"label":"figure"', '"label":"commitment"'))
    git('config', 'diff.spanwright.textconv', `"${process.execPath}" --import ${TSX} "${CLI}" show`)
    const diff = git('diff')
    expect(diff).toContain('-[[Nhật Bản]{agreement} [cam kết hỗ trợ [3 triệu yên]{figure}]{commitment}.]{topic}')
    expect(diff).toContain('+[[Nhật Bản]{agreement} [cam kết hỗ trợ [3 triệu yên]{commitment}]{commitment}.]{topic}')
  }, 30_000)
})
