/**
 * Rough timings of the learner against the speed targets of issue 12 (the bench
 * proper comes later): a full retrain on 1,000 documents of 3–10 kB, suggestions
 * on a 10 kB article with a model trained on 200 documents, and one incremental
 * update after an accept. Documents are paragraphs of the seed articles shuffled
 * by a fixed seed, with their gold spans.
 *
 *   node --import tsx scripts/suggest-speed.ts [gold.jsonl]
 */
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { seededRandom } from '../src-main/core/suggest/hashing'
import { createLearner, type TrainingDocument } from '../src-main/core/suggest/learner'
import type { TrainingSpan } from '../src-main/core/suggest/types'
import { codePointLength } from '../src-main/core/offsets'
import { tokenize } from '../src-main/core/tokens'

interface Paragraph {
  text: string
  spans: TrainingSpan[]
}

const file = process.argv[2] ?? fileURLToPath(new URL('../../shared/gold/seeds.gold.jsonl', import.meta.url))
const paragraphs: Paragraph[] = []
for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
  const r = JSON.parse(line) as { text: string; spans: TrainingSpan[] }
  let at = 0
  for (const p of r.text.split('\n')) {
    const len = codePointLength(p)
    const spans = r.spans.filter((s) => s.start >= at && s.end <= at + len).map((s) => ({ start: s.start - at, end: s.end - at, label: s.label }))
    if (p.trim()) paragraphs.push({ text: p, spans })
    at += len + 1
  }
}

const random = seededRandom(12)
function makeDoc(id: string, bytes: number): TrainingDocument {
  const parts: string[] = []
  const spans: TrainingSpan[] = []
  let at = 0
  let size = 0
  while (size < bytes) {
    const p = paragraphs[Math.floor(random() * paragraphs.length)] as Paragraph
    parts.push(p.text)
    for (const s of p.spans) spans.push({ start: s.start + at, end: s.end + at, label: s.label })
    at += codePointLength(p.text) + 1
    size += Buffer.byteLength(p.text) + 1
  }
  const text = parts.join('\n')
  return { doc: { id, text, tokens: tokenize(text) }, spans }
}

const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)] as number
const p95 = (xs: number[]): number => quantile(xs, 0.95)
const time = (f: () => void): number => {
  const t = performance.now()
  f()
  return performance.now() - t
}
const labels = ['agreement', 'commitment', 'figure']

const big = Array.from({ length: 1000 }, (_, i) => makeDoc(`b${i}`, 3000 + Math.floor(random() * 7000)))
const mb = big.reduce((n, d) => n + Buffer.byteLength(d.doc.text), 0) / 1e6
const full = createLearner(labels)
// CPU time beside wall time: on a shared machine the wall clock also counts other people's work.
const cpu = process.cpuUsage()
const wall = time(() => full.train(big))
const used = process.cpuUsage(cpu)
console.log(`full retrain, 1,000 documents (${mb.toFixed(1)} MB): ${wall.toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU (target ≤ 2,000)`)

const learner = createLearner(labels)
learner.train(big.slice(0, 200))
const articles = Array.from({ length: 40 }, (_, i) => makeDoc(`a${i}`, 10_000))
const suggestMs = articles.map((a) => time(() => learner.suggest(a.doc)))
console.log(`suggest on a 10 kB article, model of 200 documents: median ${quantile(suggestMs, 0.5).toFixed(1)} ms, p95 ${p95(suggestMs).toFixed(1)} ms (target ≤ 50)`)

// As in the app: the analyst accepts suggestions in the document just suggested on.
const acceptMs: number[] = []
for (const a of articles) {
  learner.suggest(a.doc)
  for (const s of a.spans.slice(0, 5)) acceptMs.push(time(() => learner.accept(a.doc, s)))
}
console.log(`accept (incremental update), ${acceptMs.length} accepts: p95 ${p95(acceptMs).toFixed(2)} ms (target ≤ 5)`)
const json = JSON.stringify(learner.toJSON())
console.log(`saved model: ${(json.length / 1e6).toFixed(1)} MB of JSON`)
