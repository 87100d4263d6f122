/**
 * Every command with each wrong usage a user makes: the exit code follows the
 * command line's one rule (0 done, 1 data or disk, 2 bad arguments or paths),
 * the message names the file or flag, and nothing is created or changed.
 */
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src-main/cli/program'
import { workspaceChoice } from '../../../src-main/store/workspace/default-workspace'
import { RESOURCES_DIR } from '../../support/services'
import { folderSnapshot, spanwright } from '../compare/cli-runner'
import { FIXTURES } from '../compare/reference-values'

interface Paths {
  /** A workspace with one document. */
  ws: string
  /** A canonical .jsonl file. */
  file: string
  txt: string
  empty: string
  missing: string
  /** A workspace name nobody made. */
  typo: string
  /** Where an output would go if a missing folder were created. */
  out: string
  outInMissingFolder: string
}

interface Row {
  usage: string
  args: (p: Paths) => string[]
  code: number
  /** Fragments stderr must hold: the file or flag the user has to fix. */
  says: (p: Paths) => string[]
}

const NO_FILE = (path: string): string => `spanwright: ${path}: no such file or folder\n`
const NOT_WORKSPACE = (path: string): string => `${path} is a folder but not a Spanwright workspace`

const TABLE: Record<string, Row[]> = {
  export: [
    { usage: 'a --workspace that does not exist', args: (p) => ['export', '-w', p.typo, '-o', p.out], code: 2, says: (p) => [`--workspace: ${p.typo}: no such folder`] },
    { usage: 'a --workspace that is not a workspace', args: (p) => ['export', '-w', p.empty, '-o', p.out], code: 2, says: (p) => [`--workspace: ${p.empty}: the folder is not a Spanwright workspace`] },
    { usage: 'an output into a missing folder', args: (p) => ['export', '-w', p.ws, '-o', p.outInMissingFolder], code: 2, says: (p) => [`the folder ${dirname(p.outInMissingFolder)} does not exist`] },
    { usage: 'an unknown --format', args: (p) => ['export', '-w', p.ws, '-o', p.out, '-f', 'xml'], code: 2, says: () => ['--format', "'xml' is invalid"] },
    { usage: 'an unknown --status', args: (p) => ['export', '-w', p.ws, '-o', p.out, '--status', 'finished'], code: 2, says: () => ['--status: "finished" is not one of'] },
    { usage: 'no --out', args: (p) => ['export', '-w', p.ws], code: 2, says: () => ["required option '-o, --out <path>' not specified"] },
    { usage: 'an unknown option', args: (p) => ['export', '-w', p.ws, '-o', p.out, '--bogus'], code: 2, says: () => ["unknown option '--bogus'"] },
  ],
  import: [
    { usage: 'a missing path', args: (p) => ['import', p.missing, '-w', p.typo], code: 2, says: (p) => [NO_FILE(p.missing)] },
    { usage: 'a missing path beside a good one', args: (p) => ['import', p.txt, p.missing, '-w', p.typo], code: 2, says: (p) => [NO_FILE(p.missing)] },
    { usage: 'an empty folder', args: (p) => ['import', p.empty, '-w', p.typo], code: 2, says: (p) => [`spanwright: ${p.empty}: nothing to read`] },
    { usage: 'an unknown --format', args: (p) => ['import', p.txt, '-w', p.typo, '-f', 'xml'], code: 2, says: () => ['--format', "'xml' is invalid"] },
    { usage: 'no paths', args: (p) => ['import', '-w', p.typo], code: 2, says: () => ["missing required argument 'paths'"] },
  ],
  validate: [
    { usage: 'a missing path', args: (p) => ['validate', p.missing], code: 2, says: (p) => [NO_FILE(p.missing)] },
    { usage: 'an empty folder', args: (p) => ['validate', p.empty], code: 2, says: (p) => [`spanwright: ${p.empty}: nothing to read`] },
    { usage: 'an unknown --format', args: (p) => ['validate', p.file, '-f', 'xml'], code: 2, says: () => ['--format', "'xml' is invalid"] },
    { usage: 'no files', args: () => ['validate'], code: 2, says: () => ["missing required argument 'files'"] },
  ],
  diff: [
    { usage: 'a missing path', args: (p) => ['diff', p.file, p.missing], code: 2, says: (p) => [NO_FILE(p.missing)] },
    { usage: 'a missing path with --exit-code', args: (p) => ['diff', p.missing, p.file, '--exit-code'], code: 2, says: (p) => [NO_FILE(p.missing)] },
    { usage: 'an empty folder', args: (p) => ['diff', p.file, p.empty], code: 2, says: (p) => [NOT_WORKSPACE(p.empty)] },
    { usage: 'one input', args: (p) => ['diff', p.file], code: 2, says: () => ["missing required argument 'b'"] },
    { usage: 'an unknown option', args: (p) => ['diff', p.file, p.file, '--bogus'], code: 2, says: () => ["unknown option '--bogus'"] },
  ],
  agree: [
    { usage: 'a missing path', args: (p) => ['agree', p.missing, p.file], code: 2, says: (p) => [NO_FILE(p.missing)] },
    { usage: 'an empty folder', args: (p) => ['agree', p.empty, p.file], code: 2, says: (p) => [NOT_WORKSPACE(p.empty)] },
    { usage: 'one input', args: (p) => ['agree', p.file], code: 2, says: () => ["missing required argument 'b'"] },
    { usage: 'an unknown option', args: (p) => ['agree', p.file, p.file, '--bogus'], code: 2, says: () => ["unknown option '--bogus'"] },
  ],
  merge: [
    { usage: 'a missing path', args: (p) => ['merge', p.file, p.missing, '-o', p.out], code: 2, says: (p) => [NO_FILE(p.missing)] },
    { usage: 'an empty folder', args: (p) => ['merge', p.file, p.empty, '-o', p.out], code: 2, says: (p) => [NOT_WORKSPACE(p.empty)] },
    { usage: 'an output into a missing folder', args: (p) => ['merge', p.file, p.file, '-o', p.outInMissingFolder], code: 2, says: (p) => [`the folder ${dirname(p.outInMissingFolder)} does not exist`] },
    { usage: 'an unknown --strategy', args: (p) => ['merge', p.file, p.file, '-o', p.out, '--strategy', 'vote'], code: 2, says: () => ['--strategy', "'vote' is invalid"] },
    { usage: 'no --out', args: (p) => ['merge', p.file, p.file], code: 2, says: () => ["required option '-o, --out <file>' not specified"] },
    { usage: 'one input', args: (p) => ['merge', p.file, '-o', p.out], code: 2, says: () => ['merge needs at least two inputs'] },
  ],
  show: [
    { usage: 'a missing path', args: (p) => ['show', p.missing], code: 2, says: (p) => [NO_FILE(p.missing)] },
    { usage: 'an empty folder', args: (p) => ['show', p.empty], code: 2, says: (p) => [NOT_WORKSPACE(p.empty)] },
    { usage: 'no file', args: () => ['show'], code: 2, says: () => ["missing required argument 'file'"] },
    { usage: 'an unknown option', args: (p) => ['show', p.file, '--bogus'], code: 2, says: () => ["unknown option '--bogus'"] },
  ],
  suggest: [
    { usage: 'a --workspace that does not exist', args: (p) => ['suggest', '-w', p.typo, '-o', p.out], code: 2, says: (p) => [`--workspace: ${p.typo}: no such folder`] },
    { usage: 'a --workspace that is not a workspace', args: (p) => ['suggest', '-w', p.empty, '--curve'], code: 2, says: (p) => [`--workspace: ${p.empty}: the folder is not a Spanwright workspace`] },
    { usage: 'an output into a missing folder', args: (p) => ['suggest', '-w', p.ws, '-o', p.outInMissingFolder], code: 2, says: (p) => [`the folder ${dirname(p.outInMissingFolder)} does not exist`] },
    { usage: 'an unknown --status', args: (p) => ['suggest', '-w', p.ws, '-o', p.out, '--status', 'finished'], code: 2, says: () => ['--status: "finished" is not one of'] },
    { usage: 'a --min-score above 1', args: (p) => ['suggest', '-w', p.ws, '-o', p.out, '--min-score', '2'], code: 2, says: () => ['--min-score: "2"'] },
    { usage: 'no --out and no --curve', args: (p) => ['suggest', '-w', p.ws], code: 2, says: () => ['--out: where to write the suggestions'] },
  ],
}

const ROWS = Object.entries(TABLE).flatMap(([command, rows]) => rows.map((row) => ({ command, ...row })))

describe('every command refuses each wrong usage with exit 2, naming what to fix, and creates nothing', () => {
  let root = ''
  let paths: Paths

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'spanwright-usage-'))
    paths = {
      ws: join(root, 'ws'),
      file: join(root, 'a.jsonl'),
      txt: join(root, 'a.txt'),
      empty: join(root, 'empty'),
      missing: join(root, 'missing.jsonl'),
      typo: join(root, 'typo-ws'),
      out: join(root, 'out.jsonl'),
      outInMissingFolder: join(root, 'no-such-folder', 'out.jsonl'),
    }
    await copyFile(`${FIXTURES}tiny-a.jsonl`, paths.file)
    await writeFile(paths.txt, 'Nhật Bản cam kết hỗ trợ 3 triệu yên.\n')
    await mkdir(paths.empty)
    expect((await spanwright(['import', paths.txt, '-w', paths.ws])).code).toBe(0)
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  it('covers every command', () => {
    expect(Object.keys(TABLE).sort()).toEqual(['agree', 'diff', 'export', 'import', 'merge', 'show', 'suggest', 'validate'])
  })

  it.each(ROWS)('$command with $usage: exit $code', async (row) => {
    const before = await folderSnapshot(root)
    const { code, stdout, stderr } = await spanwright(row.args(paths))
    expect(code).toBe(row.code)
    for (const fragment of row.says(paths)) expect(stderr).toContain(fragment)
    expect(stdout).toBe('')
    expect(await folderSnapshot(root)).toEqual(before)
  })

  it('a workspace named by SPANWRIGHT_WORKSPACE must exist too; the message names the variable', async () => {
    const err: string[] = []
    const code = await runCli(['export', '-o', paths.out], {
      resourcesDir: RESOURCES_DIR,
      workspace: (option) => workspaceChoice(option, { SPANWRIGHT_WORKSPACE: paths.typo }, join(root, 'user-data')),
      stdout: () => undefined,
      stderr: (t) => void err.push(t),
    })
    expect(code).toBe(2)
    expect(err.join('')).toBe(`spanwright: SPANWRIGHT_WORKSPACE: ${paths.typo}: no such folder; only the app's own workspace is created on first use\n`)
    expect(existsSync(paths.typo)).toBe(false)
    expect(existsSync(paths.out)).toBe(false)
  })
})
