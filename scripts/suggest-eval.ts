/**
 * Leave-one-article-out on a gold file (default: the seeds): train the learner on
 * all articles but one, suggest on that one, and print per-label exact and partial
 * P/R/F1 micro-averaged over folds. Rule hits and page furniture come from the
 * rules layer when it is present, else there are none. Then a "custom label"
 * check: a `country` label the analyst adds on every country name.
 *
 *   node --import tsx scripts/suggest-eval.ts [gold.jsonl]
 */
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { addCounts, countDocument, scoresOf, type Counts } from '../src-main/core/suggest/evaluate'
import { createLearner, type TrainingDocument } from '../src-main/core/suggest/learner'
import type { CodePointRange, RuleHit, SuggestDocument, TrainingSpan } from '../src-main/core/suggest/types'
import { tokenize } from '../src-main/core/tokens'
import { createOffsetMap } from '../src-main/core/offsets'

type Rules = (text: string) => RuleHit[]
type Furniture = (text: string) => CodePointRange[]

/** A function the module exports, or null when the module (or the export) is not there yet. */
async function optional<F>(path: string, name: string): Promise<F | null> {
  try {
    const mod: unknown = await import(new URL(path, import.meta.url).href)
    const f = mod && typeof mod === 'object' ? (mod as Record<string, unknown>)[name] : undefined
    return typeof f === 'function' ? (f as F) : null
  } catch {
    return null
  }
}

const COUNTRIES = ['Việt Nam', 'Nhật Bản', 'Trung Quốc', 'Hàn Quốc', 'Hoa Kỳ', 'Ấn Độ', 'Thái Lan', 'Lào', 'Campuchia', 'Singapore', 'Australia', 'Pháp', 'Nga']

/** Every occurrence of a country name on token boundaries, outside page furniture (which is never annotated). */
function countrySpans(doc: SuggestDocument, furniture: readonly CodePointRange[]): TrainingSpan[] {
  const map = createOffsetMap(doc.text)
  const starts = new Set(doc.tokens.map(([s]) => s))
  const ends = new Set(doc.tokens.map(([, e]) => e))
  const out: TrainingSpan[] = []
  for (const name of COUNTRIES) {
    for (let i = doc.text.indexOf(name); i >= 0; i = doc.text.indexOf(name, i + 1)) {
      const start = map.toCodePoint(i)
      const end = map.toCodePoint(i + name.length)
      const inFurniture = furniture.some(([a, b]) => start < b && a < end)
      if (starts.has(start) && ends.has(end) && !inFurniture) out.push({ start, end, label: 'country' })
    }
  }
  return out
}

function leaveOneOut(docs: TrainingDocument[], labels: string[], rules: Rules | null, furniture: Furniture | null): Counts {
  const counts: Counts = {}
  const hitsFor = (d: SuggestDocument): RuleHit[] => rules?.(d.text) ?? []
  const furnitureFor = (d: SuggestDocument): CodePointRange[] => furniture?.(d.text) ?? []
  docs.forEach((held, i) => {
    const learner = createLearner(labels)
    learner.train(docs.filter((_, j) => j !== i), hitsFor, furnitureFor)
    const suggested = learner.suggest(held.doc, hitsFor(held.doc), furnitureFor(held.doc))
    addCounts(counts, countDocument(held.spans, suggested, labels))
  })
  return counts
}

const fmt = (x: number | null): string => (x === null ? '  -  ' : x.toFixed(3))
function print(title: string, counts: Counts): void {
  console.log(`\n${title}\nlabel        n_ref n_pred | exact P  R     F1    | partial P  R     F1`)
  for (const [label, s] of Object.entries(scoresOf(counts))) {
    const e = s.exact
    const p = s.partial
    console.log(
      `${label.padEnd(12)} ${String(s.reference).padStart(5)} ${String(s.predicted).padStart(6)} | ${fmt(e.precision)} ${fmt(e.recall)} ${fmt(e.f1)} | ${fmt(p.precision)} ${fmt(p.recall)} ${fmt(p.f1)}`,
    )
  }
}

const file = process.argv[2] ?? fileURLToPath(new URL('../../shared/gold/seeds.gold.jsonl', import.meta.url))
const records = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id?: string; text: string; spans: TrainingSpan[] })
const docs: TrainingDocument[] = records.map((r, i) => ({
  doc: { id: r.id ?? `doc${i}`, text: r.text, tokens: tokenize(r.text) },
  spans: r.spans.map(({ start, end, label }) => ({ start, end, label })),
}))
const labels = [...new Set(docs.flatMap((d) => d.spans.map((s) => s.label)))].sort()
const rules = await optional<Rules>('../src-main/core/suggest/rules.ts', 'ruleHits')
const furniture = await optional<Furniture>('../src-main/core/page-furniture.ts', 'furnitureLines')
console.log(`${docs.length} documents; rules ${rules ? 'present' : 'absent'}; furniture ${furniture ? 'present' : 'absent'}`)

const started = performance.now()
print('learner alone (no rule hits, no furniture)', leaveOneOut(docs, labels, null, null))
if (rules || furniture) print('learner with rule hits and furniture', leaveOneOut(docs, labels, rules, furniture))
const withCountry = docs.map((d) => ({ doc: d.doc, spans: [...d.spans, ...countrySpans(d.doc, furniture?.(d.doc.text) ?? [])] }))
print('custom label: country added on every country name', leaveOneOut(withCountry, [...labels, 'country'], rules, furniture))
console.log(`\n${Math.round(performance.now() - started)} ms`)
