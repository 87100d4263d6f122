/**
 * `spanwright suggest` as a user runs it: a workspace made by importing minimal
 * records (some done), suggestions written as canonical JSONL for the rest and
 * scored by `agree` against a gold file in the shape gold files have
 * (`complete_labels` included), a learning curve, and each wrong usage refused.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CanonicalRecord } from '../../../src-main/core/model'
import { normalizeText } from '../../../src-main/core/text'
import { RESOURCES_DIR, servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { spanwright } from '../compare/cli-runner'

const NAMES = ['Việt Nam', 'Nhật Bản']
const articles = readdirSync(join(RESOURCES_DIR, 'seed-articles'))
  .sort()
  .map((f) => normalizeText(readFileSync(join(RESOURCES_DIR, 'seed-articles', f), 'utf8')).text)

/** Every country name, in code points: the "country" label an analyst added. */
function countries(text: string): Array<{ start: number; end: number; label: string }> {
  const out: Array<{ start: number; end: number; label: string }> = []
  for (const name of NAMES) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const start = [...text.slice(0, i)].length
      out.push({ start, end: start + [...name].length, label: 'country' })
    }
  }
  return out
}

const readJsonl = async (file: string): Promise<CanonicalRecord[]> =>
  (await readFile(file, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as CanonicalRecord)

describe('spanwright suggest', () => {
  const tempDir = useTempDirs()

  /** A workspace of the five articles: the first three done with their country spans, the last two to do. */
  async function workspace(): Promise<{ dir: string; ws: string }> {
    const dir = await tempDir()
    const lines = articles.map((text, i) => JSON.stringify(i < 3 ? { text, status: 'done', spans: countries(text) } : { text, spans: [] }))
    await writeFile(join(dir, 'records.jsonl'), `${lines.join('\n')}\n`)
    const ws = join(dir, 'ws')
    const imported = await spanwright(['import', join(dir, 'records.jsonl'), '-w', ws, '--add-labels'])
    expect(imported.code).toBe(0)
    return { dir, ws }
  }

  it('writes one canonical record per document not done, its spans the suggestions (origin "suggested", score and reason), the same spans every run', async () => {
    const { dir, ws } = await workspace()
    const out = join(dir, 'suggested.jsonl')
    const first = await spanwright(['suggest', '-w', ws, '-o', out])
    expect(first.code).toBe(0)
    expect(first.stderr).toMatch(/^suggested \d+ spans in 2 documents to /)
    const records = await readJsonl(out)
    expect(records.map((r) => r.status)).toEqual(['todo', 'todo'])
    for (const r of records) {
      for (const s of r.spans) {
        expect([...r.text].slice(s.start, s.end).join('')).toBe(s.text)
        expect(s.origin).toBe('suggested')
        expect(s.attributes.score).toBeGreaterThanOrEqual(0.5)
        expect(s.attributes.score).toBeLessThanOrEqual(1)
        expect(String(s.attributes.reason)).toMatch(/^(rule \S+|seen \d+ times|model)/)
      }
    }
    expect(records.flatMap((r) => r.spans).some((s) => s.label === 'country')).toBe(true)
    await spanwright(['suggest', '-w', ws, '-o', join(dir, 'again.jsonl')])
    const strip = (rs: CanonicalRecord[]) => rs.map((r) => r.spans.map(({ created_at: _c, updated_at: _u, ...s }) => s))
    expect(strip(await readJsonl(join(dir, 'again.jsonl')))).toEqual(strip(records))
  })

  it('agree scores the suggestions against a gold file with complete_labels: the added label is found where it recurs', async () => {
    const { dir, ws } = await workspace()
    const out = join(dir, 'suggested.jsonl')
    await spanwright(['suggest', '-w', ws, '-o', out, '--labels', 'country'])
    const gold = articles.slice(3).map((text) => JSON.stringify({ text, complete_labels: ['country'], spans: countries(text) }))
    await writeFile(join(dir, 'gold.jsonl'), `${gold.join('\n')}\n`)
    const scored = await spanwright(['agree', join(dir, 'gold.jsonl'), out, '--json'])
    expect(scored.stderr).toBe('')
    expect(scored.code).toBe(0)
    const json = JSON.parse(scored.stdout) as { documents: number; labels: Record<string, { exact: { precision: number; recall: number } }> }
    expect(json.documents).toBe(2)
    // Occurrences in page furniture (teasers, datelines) are never suggested, so recall stays below 1.
    expect(json.labels.country?.exact.precision).toBeGreaterThan(0.9)
    expect(json.labels.country?.exact.recall).toBeGreaterThan(0.5)
  })

  it('--rules-only offers figures on a workspace with nothing annotated', async () => {
    const dir = await tempDir()
    // A new workspace as the app makes it: seeded with the five articles, nothing annotated.
    await (await servicesIn(dir)).close()
    const ws = join(dir, 'workspace')
    const out = join(dir, 'rules.jsonl')
    expect((await spanwright(['suggest', '-w', ws, '-o', out, '--rules-only', '--labels', 'figure'])).code).toBe(0)
    const spans = (await readJsonl(out)).flatMap((r) => r.spans)
    expect(spans.length).toBeGreaterThan(20)
    expect(spans.every((s) => s.label === 'figure' && String(s.attributes.reason).startsWith('rule figure.'))).toBe(true)
  })

  it('--curve prints F1 per label at 20, 40, 60 and 80 % of the done documents, as a table or JSON', async () => {
    const { ws } = await workspace()
    const table = await spanwright(['suggest', '-w', ws, '--curve'])
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^label\s+20% \(1\/2\)\s+40% \(1\/2\)\s+60% \(2\/1\)\s+80% \(2\/1\)/)
    expect(table.stdout).toMatch(/^country\s/m)
    const json = await spanwright(['suggest', '-w', ws, '--curve', '--json'])
    const points = JSON.parse(json.stdout) as Array<{ fraction: number; trained: number; labels: Record<string, { exact: { f1: number | null } }> }>
    expect(points.map((p) => p.fraction)).toEqual([0.2, 0.4, 0.6, 0.8])
    expect(points.at(-1)?.labels.country?.exact.f1).toBeGreaterThan(0.8)
  })

  it.each([
    [['--status', 'finished'], /--status: "finished" is not one of/],
    [['--min-score', '2'], /--min-score: "2"/],
    [['--labels', 'Not A Label'], /--labels/],
    [[], /--out/],
  ])('refuses %j with exit 2 and a message naming the flag', async (args, message) => {
    const { ws } = await workspace()
    const result = await spanwright(['suggest', '-w', ws, ...(args.length ? ['-o', '/tmp/never-written.jsonl'] : []), ...args])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })
})
