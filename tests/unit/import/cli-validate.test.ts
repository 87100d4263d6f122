import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { jsonlLine } from '../../../src-main/core/export'
import { useTempDirs } from '../../support/temp-dir'
import { cliIn } from '../export/cli-run'
import { corpusRecords } from '../export/unicode-corpus'

const GOLDEN = fileURLToPath(new URL('../../fixtures/exports/', import.meta.url))

describe('spanwright validate', () => {
  const tempDir = useTempDirs()

  it('exits 0 and prints nothing on stdout for a clean file of any format', async () => {
    const dir = await tempDir()
    for (const [name, documents] of [['corpus-jsonl/corpus.jsonl', '4 documents'], ['corpus-conll/corpus.conll', '4 documents'], ['corpus-label-studio/corpus.json', '4 documents'], ['corpus-brat', '1 document']] as const) {
      const cli = cliIn(dir)
      expect(await cli.run('validate', join(GOLDEN, name)), name).toBe(0)
      expect(cli.stdout()).toBe('')
      expect(cli.stderr()).toMatch(new RegExp(`${documents}, \\d+ spans: ok\\n$`))
    }
  })

  it('prints every problem as file:line: message on stdout and exits 1', async () => {
    const dir = await tempDir()
    const [a, b] = corpusRecords()
    if (!a || !b) throw new Error('corpus')
    const file = join(dir, 'x.jsonl')
    const tampered = { ...b, text_sha256: '0'.repeat(64), spans: b.spans.map((s, i) => (i === 1 ? { ...s, end: s.end + 1 } : s)) }
    await writeFile(file, [jsonlLine(a), 'not json\n', jsonlLine(tampered), jsonlLine(a)].join(''))
    const cli = cliIn(dir)
    expect(await cli.run('validate', file)).toBe(1)
    const s1 = b.spans[1] as { id: string; start: number; end: number }
    expect(cli.stdout().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${file}:2: not valid JSON`)),
      `${file}:3: text_sha256 is not the SHA-256 of the text`,
      expect.stringMatching(new RegExp(`^${file}:3: span 2 \\(${s1.id}, ${s1.start}\\.\\.${s1.end + 1}\\): text .* does not match text\\[start:end\\]`)),
      `${file}:4: document ${a.id} appears again (first on line 1)`,
      '',
    ])
    expect(cli.stderr()).toBe(`${file}: 1 document, ${a.spans.length} spans: 4 problems\n`)
  })

  it('with --labels, reports every span whose label is not in the list', async () => {
    const dir = await tempDir()
    const [a] = corpusRecords()
    if (!a) throw new Error('corpus')
    const file = join(dir, 'x.jsonl')
    await writeFile(file, jsonlLine(a))
    const cli = cliIn(dir)
    expect(await cli.run('validate', file, '--labels', 'commitment,figure')).toBe(1)
    const agreements = a.spans.filter((s) => s.label === 'agreement')
    expect(cli.stdout()).toBe(
      agreements.map((s) => `${file}:1: span ${a.spans.indexOf(s) + 1} (${s.id}, ${s.start}..${s.end}): unknown label "agreement" (known: commitment, figure)\n`).join(''),
    )
  })

  it('checks non-canonical formats too, naming the line', async () => {
    const dir = await tempDir()
    const file = join(dir, 'd.jsonl')
    await writeFile(file, '{"text":"Hà Nội","label":[[0,2,"figure"]]}\n{"text":"Hà Nội","label":[[0,9,"figure"]]}\n')
    const cli = cliIn(dir)
    expect(await cli.run('validate', file)).toBe(1)
    expect(cli.stdout()).toBe(`${file}:2: span 1 (0..9 figure): offsets fall outside the text (0..6) or the span is empty\n`)
  })
})
