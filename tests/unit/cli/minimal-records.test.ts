import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../support/temp-dir'
import { spanwright } from '../compare/cli-runner'
import { FIXTURES, readSide } from '../compare/reference-values'

/** What a script writing model output produces from a canonical file: text and spans, nothing else. */
async function minimalCopy(from: string, to: string): Promise<string> {
  const lines = readSide(from).map((r) => JSON.stringify({ text: r.text, spans: r.spans.map((s) => ({ start: s.start, end: s.end, label: s.label })) }))
  await writeFile(to, `${lines.join('\n')}\n`)
  return to
}

type DiffJson = { documents: Record<string, { present: string; counts?: unknown; differences?: Array<Record<string, unknown>> }>; counts: unknown }

/**
 * The diff without span ids and titles, which minimal records compute (the title is
 * the text's headline) and full ones carry (these fixtures' titles predate headlines).
 */
function withoutSpanIds(json: DiffJson): unknown {
  const strip = (v: unknown): unknown => (v && typeof v === 'object' && 'id' in v ? { ...v, id: undefined } : v)
  return {
    counts: json.counts,
    documents: Object.fromEntries(
      Object.entries(json.documents).map(([id, d]) => [id, { ...d, title: undefined, differences: d.differences?.map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, strip(v)]))) }]),
    ),
  }
}

describe('diff, agree and merge on minimal records (text and spans only)', () => {
  const tempDir = useTempDirs()
  const FULL_A = `${FIXTURES}seed-a.jsonl`
  const FULL_B = `${FIXTURES}seed-b.jsonl`

  it('pair documents and spans exactly as the full canonical files they came from', async () => {
    const dir = await tempDir()
    const a = await minimalCopy(FULL_A, join(dir, 'model-a.jsonl'))
    const b = await minimalCopy(FULL_B, join(dir, 'model-b.jsonl'))
    const json = async (...argv: string[]) => {
      const run = await spanwright(argv)
      expect(run.code, run.stderr).toBe(0)
      return JSON.parse(run.stdout) as DiffJson
    }
    const full = await json('diff', FULL_A, FULL_B, '--json')
    expect(withoutSpanIds(await json('diff', a, b, '--json'))).toEqual(withoutSpanIds(full))
    expect(withoutSpanIds(await json('diff', a, FULL_B, '--json'))).toEqual(withoutSpanIds(full))
    expect(await json('agree', a, b, '--json')).toEqual(await json('agree', FULL_A, FULL_B, '--json'))
    expect((await spanwright(['diff', a, a, '--exit-code'])).code).toBe(0)
    expect((await spanwright(['diff', a, b, '--exit-code'])).code).toBe(1)
  })

  it('name a file without annotators after the file, and merge it the same way every time', async () => {
    const dir = await tempDir()
    const a = await minimalCopy(FULL_A, join(dir, 'model-a.jsonl'))
    const b = await minimalCopy(FULL_B, join(dir, 'model-b.jsonl'))
    expect((await spanwright(['agree', a, b])).stdout.split('\n')[0]).toBe('3 paired documents; spans of B (model-b.jsonl) scored against A (model-a.jsonl)')
    const merge = async (out: string) => {
      const run = await spanwright(['merge', a, b, '--strategy', 'union', '--out', out])
      expect(run.code, run.stderr).toBe(0)
      return readFile(out, 'utf8')
    }
    const gold = await merge(join(dir, 'gold-1.jsonl'))
    expect(await merge(join(dir, 'gold-2.jsonl'))).toBe(gold)
    const fullGold = join(dir, 'gold-full.jsonl')
    expect((await spanwright(['merge', FULL_A, FULL_B, '--strategy', 'union', '--out', fullGold])).code).toBe(0)
    const spans = (file: string) => readSide(file).flatMap((r) => r.spans.map((s) => `${r.id} ${s.start}..${s.end} ${s.label} ${s.text}`))
    expect(spans(join(dir, 'gold-1.jsonl'))).toEqual(spans(fullGold))
    // The gold file is canonical: it validates, and reads back with its (computed) span ids kept.
    expect((await spanwright(['validate', join(dir, 'gold-1.jsonl')])).code).toBe(0)
  })

  it('refuse a minimal file with a wrong field as a data problem (exit 1, file:line), a missing one as bad arguments (exit 2)', async () => {
    const dir = await tempDir()
    const bad = join(dir, 'bad.jsonl')
    await writeFile(bad, '{"text":"Nhật Bản hỗ trợ","spans":[{"start":0,"end":4,"label":"figure"}]}\n{"text":"Hà Nội","spans":[{"start":0,"end":9,"label":"figure"}]}\n')
    const message = `${bad}:2: span 1 (0..9): offsets fall outside the text (0..6) or are empty`
    const validate = await spanwright(['validate', bad])
    expect([validate.code, validate.stdout]).toEqual([1, `${message}\n`])
    for (const command of [['diff', bad, bad], ['agree', bad, bad], ['merge', bad, bad, '--out', join(dir, 'gold.jsonl')]]) {
      const run = await spanwright(command)
      expect(run.code, command[0]).toBe(1)
      expect(run.stderr, command[0]).toContain(message)
    }
    expect((await spanwright(['diff', join(dir, 'missing.jsonl'), bad])).code).toBe(2)
  })
})
