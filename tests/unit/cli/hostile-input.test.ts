/**
 * Inputs that used to hang a command or crash it without a place: a FIFO or a
 * device where a file was expected, a file larger than anything Spanwright
 * reads, JSON nested 100,000 deep.
 */
import { execFileSync } from 'node:child_process'
import { closeSync, constants, openSync } from 'node:fs'
import { mkdir, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_DOCUMENT_BYTES, MAX_INPUT_BYTES } from '../../../src-main/store/files/bounded-read'
import { MAX_JSON_DEPTH } from '../../../src-main/core/json-depth'
import { useTempDirs } from '../../support/temp-dir'
import { cliIn } from '../export/cli-run'

function hasMkfifo(): boolean {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const DEEP = '['.repeat(100_000) + ']'.repeat(100_000)
const GOOD = '{"text":"Hà Nội","spans":[{"start":0,"end":2,"label":"figure"}]}\n'

describe('hostile inputs to the command line', () => {
  const tempDir = useTempDirs()
  const fifos: string[] = []
  afterEach(() => {
    // Old code blocks a thread reading the FIFO: a writer that opens and closes it ends that read.
    for (const fifo of fifos.splice(0)) {
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK))
      } catch {
        // nobody is reading it
      }
    }
  })

  async function fifoIn(dir: string, name: string): Promise<string> {
    const fifo = join(dir, name)
    execFileSync('mkfifo', [fifo])
    fifos.push(fifo)
    return fifo
  }

  it.skipIf(!hasMkfifo()).each([
    ['validate', (f: string) => ['validate', f]],
    ['import', (f: string, dir: string) => ['import', f, '-w', join(dir, 'ws')]],
    ['diff', (f: string, dir: string) => ['diff', join(dir, 'good.jsonl'), f]],
    ['agree', (f: string, dir: string) => ['agree', f, join(dir, 'good.jsonl')]],
    ['merge', (f: string, dir: string) => ['merge', join(dir, 'good.jsonl'), f, '--out', join(dir, 'm.jsonl')]],
    ['show', (f: string) => ['show', f]],
  ])('%s refuses a FIFO up front (exit 2, naming it) instead of reading forever', { timeout: 10_000 }, async (_name, argv) => {
    const dir = await tempDir()
    await writeFile(join(dir, 'good.jsonl'), GOOD)
    const fifo = await fifoIn(dir, 'pipe.jsonl')
    const cli = cliIn(dir)
    expect(await cli.run(...argv(fifo, dir))).toBe(2)
    expect(cli.stderr()).toContain(`${fifo}: not a regular file`)
  })

  it.skipIf(!hasMkfifo())('import of a folder holding a FIFO reports it and reads the rest', { timeout: 10_000 }, async () => {
    const dir = await tempDir()
    const folder = join(dir, 'in')
    await mkdir(folder)
    await writeFile(join(folder, 'a.txt'), 'Hà Nội cam kết')
    const fifo = await fifoIn(folder, 'b.txt')
    const cli = cliIn(dir)
    expect(await cli.run('validate', folder)).toBe(1)
    expect(cli.stdout()).toContain(`${fifo}:1: not a regular file (a FIFO, device or socket); nothing was read`)
  })

  it('refuses /dev/zero (a device) up front', { timeout: 10_000 }, async () => {
    const dir = await tempDir()
    const cli = cliIn(dir)
    expect(await cli.run('validate', '/dev/zero')).toBe(2)
    expect(cli.stderr()).toContain('/dev/zero: not a regular file')
  })

  it('refuses a file larger than what one read takes, naming the file and the limit (exit 1)', async () => {
    const dir = await tempDir()
    const big = join(dir, 'big.jsonl')
    await writeFile(big, GOOD)
    await truncate(big, MAX_INPUT_BYTES + 1) // sparse: nothing of it is written
    for (const argv of [['validate', big], ['diff', big, big], ['show', big]]) {
      const cli = cliIn(dir)
      expect(await cli.run(...argv)).toBe(1)
      // validate lists it as a problem of the file (file:1:), like every other.
      expect(cli.stderr() + cli.stdout()).toMatch(new RegExp(`${big}(:1)?: ${MAX_INPUT_BYTES + 1} bytes, more than the ${MAX_INPUT_BYTES / 2 ** 20} MB Spanwright reads from one file`))
    }
  })

  it('refuses a text file larger than a document may be, naming the limit, and imports nothing', async () => {
    const dir = await tempDir()
    const big = join(dir, 'big.txt')
    await writeFile(big, 'Hà Nội '.repeat(Math.ceil((MAX_DOCUMENT_BYTES + 1) / 'Hà Nội '.length)))
    const cli = cliIn(dir)
    expect(await cli.run('import', big, '-w', join(dir, 'ws'))).toBe(1)
    expect(cli.stderr() + cli.stdout()).toMatch(new RegExp(`big\\.txt:1: the text is \\d+ bytes, more than the ${MAX_DOCUMENT_BYTES / 2 ** 20} MB a document may hold`))
  })

  it.each([
    ['a span attribute in a .jsonl', 'deep.jsonl', `${GOOD}{"text":"ab","spans":[{"start":0,"end":1,"label":"figure","attributes":{"v":${DEEP}}}]}\n`, 2],
    ['a Label Studio list', 'deep.json', DEEP, 1],
    ['a doccano line', 'deep.jsonl', `{"text":"ab","label":${DEEP}}\n`, 1],
  ])('reports JSON nested 100,000 deep in %s as file:line, not a stack overflow', async (_what, name, content, line) => {
    const dir = await tempDir()
    const file = join(dir, name)
    await writeFile(file, content)
    for (const argv of [['validate', file], ['import', file, '-w', join(dir, 'ws')]]) {
      const cli = cliIn(dir)
      expect(await cli.run(...argv)).toBe(1)
      const said = cli.stdout() + cli.stderr()
      expect(said).toContain(`${file}:${line}: nested more than ${MAX_JSON_DEPTH} levels deep`)
      expect(said).not.toContain('call stack')
    }
  })

  it('diff, agree and show name the place of JSON nested too deeply', async () => {
    const dir = await tempDir()
    const file = join(dir, 'deep.jsonl')
    await writeFile(file, `${GOOD}{"text":"ab","spans":[{"start":0,"end":1,"label":"figure","attributes":{"v":${DEEP}}}]}\n`)
    for (const argv of [['diff', file, file], ['agree', file, file], ['show', file]]) {
      const cli = cliIn(dir)
      expect(await cli.run(...argv)).toBe(1)
      expect(cli.stderr()).toContain(`${file}:2: nested more than ${MAX_JSON_DEPTH} levels deep`)
    }
  })
})
