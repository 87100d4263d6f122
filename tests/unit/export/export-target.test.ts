/**
 * `spanwright export --out` never deletes or replaces what is not an export's:
 * a folder of the user's files, a device, a FIFO, a symbolic link, the
 * workspace's own files.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { lstat, mkdir, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../support/temp-dir'
import { cliIn } from './cli-run'
import { corpusWorkspace } from './corpus-workspace'

async function closedCorpus(dir: string): Promise<string> {
  const { services, workspace } = await corpusWorkspace(dir)
  await services.close()
  return workspace
}

function hasMkfifo(): boolean {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('export --out never replaces what is not an export', () => {
  const tempDir = useTempDirs()

  it('refuses a brat export into a folder of the user’s .txt files, naming it, and keeps them', async () => {
    const dir = await tempDir()
    const workspace = await closedCorpus(dir)
    const articles = join(dir, 'articles')
    await mkdir(articles)
    await writeFile(join(articles, 'a.txt'), 'work')
    await writeFile(join(articles, 'b.ann'), 'T1\tfigure 0 4\twork\n')
    const cli = cliIn(dir)
    expect(await cli.run('export', '-w', workspace, '-f', 'brat', '--out', articles)).toBe(2)
    expect(cli.stderr()).toContain(articles)
    expect(cli.stderr()).toMatch(/not written by a Spanwright export/)
    expect((await readdir(articles)).sort()).toEqual(['a.txt', 'b.ann'])
    expect(await readFile(join(articles, 'a.txt'), 'utf8')).toBe('work')
  })

  it('replaces an earlier brat export, listed in its marker, but not once the user added a file to it', async () => {
    const dir = await tempDir()
    const workspace = await closedCorpus(dir)
    const out = join(dir, 'brat')
    const cli = cliIn(dir)
    expect(await cli.run('export', '-w', workspace, '-f', 'brat', '--out', out)).toBe(0)
    const first = (await readdir(out)).sort()
    expect(first).toContain('.spanwright-export')
    expect(await cli.run('export', '-w', workspace, '-f', 'brat', '--out', out)).toBe(0)
    expect((await readdir(out)).sort()).toEqual(first)
    await writeFile(join(out, 'notes.txt'), 'mine')
    expect(await cli.run('export', '-w', workspace, '-f', 'brat', '--out', out)).toBe(2)
    expect(cli.stderr()).toContain(`${out}: the folder holds notes.txt`)
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('mine')
  })

  it('refuses a symbolic link as --out and leaves it as it was', async () => {
    const dir = await tempDir()
    const workspace = await closedCorpus(dir)
    await writeFile(join(dir, 'real.jsonl'), 'keep')
    await symlink(join(dir, 'real.jsonl'), join(dir, 'link.jsonl'))
    const cli = cliIn(dir)
    expect(await cli.run('export', '-w', workspace, '--out', join(dir, 'link.jsonl'))).toBe(2)
    expect(cli.stderr()).toContain(`${join(dir, 'link.jsonl')}: it is a symbolic link`)
    expect((await lstat(join(dir, 'link.jsonl'))).isSymbolicLink()).toBe(true)
    expect(await readlink(join(dir, 'link.jsonl'))).toBe(join(dir, 'real.jsonl'))
    expect(await readFile(join(dir, 'real.jsonl'), 'utf8')).toBe('keep')
  })

  it.skipIf(!hasMkfifo())('refuses a FIFO as --out and leaves it a FIFO (a device is refused the same way)', async () => {
    const dir = await tempDir()
    const workspace = await closedCorpus(dir)
    const fifo = join(dir, 'pipe.jsonl')
    execFileSync('mkfifo', [fifo])
    const cli = cliIn(dir)
    expect(await cli.run('export', '-w', workspace, '--out', fifo)).toBe(2)
    expect(cli.stderr()).toContain(`${fifo}: it is not a regular file`)
    expect((await lstat(fifo)).isFIFO()).toBe(true)
  })

  it('refuses /dev/null, which stays a device (only the refusal is run here: the old code replaced it)', async () => {
    const dir = await tempDir()
    const workspace = await closedCorpus(dir)
    const cli = cliIn(dir)
    expect(await cli.run('export', '-w', workspace, '--out', '/dev/null')).toBe(2)
    expect(cli.stderr()).toContain('/dev/null: it is not a regular file')
    expect((await lstat('/dev/null')).isCharacterDevice()).toBe(true)
  })

  it('refuses a target inside the workspace being read, which stays as it was', async () => {
    const dir = await tempDir()
    const workspace = await closedCorpus(dir)
    const index = join(workspace, 'spanwright.json')
    const before = await readFile(index, 'utf8')
    const doc = (await readdir(join(workspace, 'documents')))[0] as string
    const docBefore = await readFile(join(workspace, 'documents', doc), 'utf8')
    for (const [target, format] of [[index, 'jsonl'], [join(workspace, 'documents', doc), 'jsonl'], [join(workspace, 'documents'), 'brat'], [join(workspace, 'out.jsonl'), 'jsonl']] as const) {
      const cli = cliIn(dir)
      expect(await cli.run('export', '-w', workspace, '-f', format, '--out', target)).toBe(2)
      expect(cli.stderr()).toContain(`${target}: it is inside the workspace being exported`)
    }
    expect(await readFile(index, 'utf8')).toBe(before)
    expect(await readFile(join(workspace, 'documents', doc), 'utf8')).toBe(docBefore)
    expect(existsSync(join(workspace, 'out.jsonl'))).toBe(false)
  })

  it('writes to stdout for --out -', async () => {
    const dir = await tempDir()
    const workspace = await closedCorpus(dir)
    const file = cliIn(dir)
    expect(await file.run('export', '-w', workspace, '--out', join(dir, 'a.jsonl'))).toBe(0)
    const cli = cliIn(dir)
    expect(await cli.run('export', '-w', workspace, '--out', '-')).toBe(0)
    expect(cli.stdout()).toBe(await readFile(join(dir, 'a.jsonl'), 'utf8'))
    expect(existsSync(join(process.cwd(), '-'))).toBe(false)
    const split = cliIn(dir)
    expect(await split.run('export', '-w', workspace, '--out', '-', '--split', 'a=0.5,b=0.5')).toBe(2)
    expect(split.stderr()).toContain('--out -')
  })
})
