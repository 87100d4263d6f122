/**
 * How well the rules layer alone finds the gold spans: per-label exact and
 * partial (overlap) precision, recall and F1 with the project's own pairing
 * (compare/pair-spans.ts: exact = match, partial = match + boundary), then the
 * figure misses and false positives. Run:
 * `node --import tsx scripts/suggest-rules-eval.ts [path/to/gold.jsonl]`
 * (default: ../shared/gold/seeds.gold.jsonl next to the repository).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { pairSpans } from '../src-main/core/compare/pair-spans'
import { spanScores, type Scores } from '../src-main/core/compare/span-scores'
import type { Span } from '../src-main/core/model/span'
import { ruleHits } from '../src-main/core/suggest/rules'

interface GoldRecord {
  id?: string
  text: string
  spans: Array<{ start: number; end: number; label: string }>
}

const path = process.argv[2] ?? fileURLToPath(new URL('../../shared/gold/seeds.gold.jsonl', import.meta.url))
const records = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as GoldRecord)

const STAMP = '2025-01-01T00:00:00Z'
const asSpan = (text: string[], s: { start: number; end: number; label: string }, i: number, who: string): Span => ({
  id: `${who}${i}`, start: s.start, end: s.end, label: s.label, text: text.slice(s.start, s.end).join(''),
  attributes: {}, note: '', annotator: who, origin: who === 'rules' ? 'suggested' : 'manual', created_at: STAMP, updated_at: STAMP,
})

interface Tally { gold: number; hits: number; exact: number; partial: number }
const tallies = new Map<string, Tally>()
const tally = (label: string): Tally => tallies.get(label) ?? (tallies.set(label, { gold: 0, hits: 0, exact: 0, partial: 0 }).get(label) as Tally)
const misses: string[] = []
const falsePositives: string[] = []

for (const record of records) {
  const chars = Array.from(record.text)
  const gold = record.spans.map((s, i) => asSpan(chars, s, i, 'gold'))
  const hits = ruleHits(record.text).map((h, i) => asSpan(chars, h, i, 'rules'))
  for (const p of pairSpans(gold, hits)) {
    if (p.a) tally(p.a.label).gold++
    if (p.b) tally(p.b.label).hits++
    if (p.class === 'match' || p.class === 'boundary') {
      const t = tally((p.a as Span).label)
      t.partial++
      if (p.class === 'match') t.exact++
    }
    const where = (s: Span): string => `${record.id ?? '?'}@${s.start} "${s.text}"`
    if (p.class !== 'match' && p.a?.label === 'figure') misses.push(`${where(p.a)}${p.b ? ` (rules: "${p.b.text}")` : ''}`)
    if (p.class === 'only_b' && p.b?.label === 'figure') falsePositives.push(where(p.b))
  }
}

// Speed after warm-up (the first calls compile the regexes), in CPU time: the machine may be shared.
const REPEAT = 20
const cpu = process.cpuUsage()
for (let i = 0; i < REPEAT; i++) for (const record of records) ruleHits(record.text)
const { user, system } = process.cpuUsage(cpu)
const perDocument = (user + system) / 1000 / REPEAT / records.length
const meanLength = records.reduce((n, r) => n + r.text.length, 0) / records.length

const fmt = (x: number | null): string => (x === null ? '   -' : x.toFixed(2).padStart(4))
const row = (label: string, t: Tally): string => {
  const e: Scores = spanScores(t.exact, t.hits, t.gold)
  const p: Scores = spanScores(t.partial, t.hits, t.gold)
  return `${label.padEnd(11)} ${String(t.gold).padStart(4)} ${String(t.hits).padStart(4)}   ${fmt(e.precision)} ${fmt(e.recall)} ${fmt(e.f1)}   ${fmt(p.precision)} ${fmt(p.recall)} ${fmt(p.f1)}`
}
console.log(`${records.length} documents from ${path}`)
console.log(`ruleHits: ${perDocument.toFixed(2)} ms CPU per document (mean ${(meanLength / 1000).toFixed(1)} k characters)`)
console.log('label       gold hits   exact P    R   F1   partial P  R   F1')
for (const label of [...tallies.keys()].sort()) console.log(row(label, tallies.get(label) as Tally))
console.log(`\nfigure misses and boundary disagreements (${misses.length}):`)
for (const m of misses) console.log(`  ${m}`)
console.log(`\nfigure false positives (${falsePositives.length}):`)
for (const f of falsePositives) console.log(`  ${f}`)
