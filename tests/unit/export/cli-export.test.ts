import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
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

const DROPPED_LINE = /^dropped: document [0-9a-f]{16}, figure span (24\.\.29 "1\.500"|31\.\.46 "520 nghìn người"): overlaps figure span \S+ \(\d+\.\.\d+\); IOB2 cannot hold two overlapping spans of one label$/

describe('spanwright export --format', () => {
  const tempDir = useTempDirs()

  it('exports CoNLL, listing every dropped span on stderr, and succeeds', async () => {
    const dir = await tempDir()
    const cli = cliIn(dir)
    expect(await cli.run('export', '-w', await closedCorpus(dir), '-o', join(dir, 'a.conll'), '--format', 'conll')).toBe(0)
    const lines = cli.stderr().trimEnd().split('\n')
    expect(lines.filter((l) => l.startsWith('dropped: '))).toHaveLength(2)
    for (const l of lines.filter((l) => l.startsWith('dropped: '))) expect(l).toMatch(DROPPED_LINE)
    expect(lines).toContain('spanwright: conll could not hold 2 spans (listed above); the export has every other span')
    // The spans written: 18 less the 2 dropped.
    expect(lines.at(-1)).toBe(`exported 4 documents, 16 spans to ${join(dir, 'a.conll')}`)
    expect(existsSync(join(dir, 'a.conll'))).toBe(true)
  })

  it('with --strict lists them, writes nothing and exits 1', async () => {
    const dir = await tempDir()
    const cli = cliIn(dir)
    expect(await cli.run('export', '-w', await closedCorpus(dir), '-o', join(dir, 'a.jsonl'), '-f', 'hf', '--strict')).toBe(1)
    const lines = cli.stderr().trimEnd().split('\n')
    expect(lines.slice(0, 2).every((l) => DROPPED_LINE.test(l))).toBe(true)
    expect(lines[2]).toMatch(/^spanwright: hf cannot hold 2 spans .*nothing was written/)
    expect(existsSync(join(dir, 'a.jsonl'))).toBe(false)
  })

  it('splits by --split and --seed, one line per part', async () => {
    const dir = await tempDir()
    const cli = cliIn(dir)
    const code = await cli.run('export', '-w', await closedCorpus(dir), '-o', join(dir, 'd.jsonl'), '--split', 'train=0.5,test=0.5', '--seed', '4')
    expect(code).toBe(0)
    const lines = cli.stderr().trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(new RegExp(`^exported \\d documents, \\d+ spans to ${join(dir, 'd.train.jsonl')} \\(train\\)$`))
    expect(lines[1]).toMatch(new RegExp(`^exported \\d documents, \\d+ spans to ${join(dir, 'd.test.jsonl')} \\(test\\)$`))
    const counts = await Promise.all(['train', 'test'].map(async (p) => (await readFile(join(dir, `d.${p}.jsonl`), 'utf8')).split('\n').filter(Boolean).length))
    expect(counts[0]! + counts[1]!).toBe(4)
  })

  it.each([
    [['--status', 'finished'], 'spanwright: --status: "finished" is not one of todo, in_progress, done, skipped\n'],
    [['--split', 'train=0.7,test=0.2'], 'spanwright: split ratios must add up to 1 (they add up to 0.9)\n'],
    [['--seed', 'x', '--split', 'a=1'], 'spanwright: --seed: "x" is not a whole number\n'],
    [['--labels', 'figure,nope'], 'spanwright: unknown label nope (the workspace has commitment, agreement, figure)\n'],
    // Checked by the same schema as a call from the window (api.ts), which the old hand-written checks did not cover.
    [['--seed', '1.5', '--split', 'a=1'], 'spanwright: --seed: "1.5" is not a whole number\n'],
    [['--labels', 'figure,has space'], 'spanwright: --labels: "has space": a label id is lower-case letters, digits, "_" or "-", starting with a letter\n'],
  ])('refuses %j with exit code 2 and one line', async (args, message) => {
    const dir = await tempDir()
    const cli = cliIn(dir)
    expect(await cli.run('export', '-w', await closedCorpus(dir), '-o', join(dir, 'x.jsonl'), ...args)).toBe(2)
    expect(cli.stderr()).toBe(message)
  })

  it('refuses an unknown format, naming the choices', async () => {
    const dir = await tempDir()
    const cli = cliIn(dir)
    expect(await cli.run('export', '-o', join(dir, 'x'), '-f', 'xml')).toBe(2)
    expect(cli.stderr()).toContain('Allowed choices are jsonl, spacy, prodigy, doccano, label-studio, brat, conll, hf')
  })

  it('draws a progress bar on stderr only when asked (a terminal), and erases it', async () => {
    const dir = await tempDir()
    const workspace = await closedCorpus(dir)
    const plain = cliIn(dir, { progress: false })
    await plain.run('export', '-w', workspace, '-o', join(dir, 'a.jsonl'))
    expect(plain.stderr()).not.toContain('\r')
    const tty = cliIn(dir, { progress: true })
    await tty.run('export', '-w', workspace, '-o', join(dir, 'b.jsonl'))
    expect(tty.stderr()).toContain('\r[##############################] 4/4 documents')
    expect(tty.stderr()).toContain('\r\u001b[K')
  })
})
