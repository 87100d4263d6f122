/**
 * Writes tests/fixtures/compare/seed-{a,b}.jsonl: two annotators' canonical files
 * over the seed articles, with every class of difference, nested and crossing
 * spans, and pairing ties; and tiny-{a,b}.jsonl, where some figures are undefined. Deterministic: run it again and the files do not change.
 * `node --import tsx scripts/build-compare-fixtures.ts`, then
 * `/usr/bin/python3 scripts/reference-agreement.py` for the reference values.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { newDocument } from '../src-main/core/new-document'
import { canonicalRecord, jsonlLine } from '../src-main/core/export'
import { canonicalSpan, compareSpans, type CanonicalRecord, type DocumentFile, type Span } from '../src-main/core/model'
import { createOffsetMap } from '../src-main/core/offsets'
import { importText } from '../src-main/core/text'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = join(ROOT, 'tests/fixtures/compare')
const NOW = '2026-11-23T08:00:00.000Z'
const LABELS = ['commitment', 'agreement', 'figure'] as const

/** mulberry32: a small seeded generator, so the fixtures never change by accident. */
function random(seed: number): () => number {
  let t = seed >>> 0
  return () => {
    t = (t + 0x6d2b79f5) >>> 0
    let r = Math.imul(t ^ (t >>> 15), 1 | t)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
}

type Draft = [start: number, end: number, label: string]

function spanOf(doc: DocumentFile, [start, end, label]: Draft, id: string, annotator: string): Span {
  const text = createOffsetMap(doc.text).slice(start, end)
  return canonicalSpan({ id, start, end, label, text, attributes: {}, note: '', annotator, origin: 'manual', created_at: NOW, updated_at: NOW })
}

/** Random token-aligned spans for A, and B derived from them: copied, relabelled, moved, dropped, or new. */
function randomDrafts(doc: DocumentFile, rnd: () => number): { a: Array<{ d: Draft; keep: boolean }>; b: Draft[]; sharedIds: Set<number> } {
  const t = doc.tokens
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T
  const a: Array<{ d: Draft; keep: boolean }> = []
  const b: Draft[] = []
  const sharedIds = new Set<number>()
  const seen = new Set<string>()
  for (let k = 0; k < 60; k++) {
    const i = Math.floor(rnd() * (t.length - 10))
    const j = i + 1 + Math.floor(rnd() * 8)
    const d: Draft = [(t[i] as [number, number])[0], (t[j - 1] as [number, number])[1], pick(LABELS)]
    if (seen.has(d.join())) continue
    seen.add(d.join())
    a.push({ d, keep: true })
    const r = rnd()
    if (r < 0.6) {
      b.push([...d])
      if (rnd() < 0.5) sharedIds.add(a.length - 1)
    } else if (r < 0.7) b.push([d[0], d[1], pick(LABELS.filter((l) => l !== d[2]))])
    else if (r < 0.85) {
      const shift = 1 + Math.floor(rnd() * 2)
      const moveStart = rnd() < 0.5 && i + shift < j
      b.push(moveStart ? [(t[i + shift] as [number, number])[0], d[1], d[2]] : [d[0], (t[j - 1 + shift] as [number, number])[1], d[2]])
    }
  }
  for (let k = 0; k < 8; k++) {
    const i = Math.floor(rnd() * (t.length - 10))
    b.push([(t[i] as [number, number])[0], (t[i + 2] as [number, number])[1], pick(LABELS)])
  }
  return { a, b, sharedIds }
}

/** Hand-placed cases around code point `x` (a token start in the middle of the text). */
function craftedDrafts(x: number): { a: Draft[]; b: Draft[] } {
  return {
    a: [
      [x, x + 10, 'figure'], // tie: two B spans overlap it by 5; the earlier one pairs
      [x + 40, x + 50, 'commitment'], // tie: two A spans overlap one B span by 5; the earlier A pairs
      [x + 50, x + 60, 'commitment'],
      [x + 100, x + 160, 'commitment'], // nested: a figure inside a commitment, the figure moved in B
      [x + 120, x + 130, 'figure'],
      [x + 200, x + 260, 'agreement'], // same-label nesting: B's span overlaps the outer one more
      [x + 205, x + 215, 'agreement'],
      [x + 300, x + 320, 'figure'], // relabel contest: the earliest B label wins
      [x + 340, x + 360, 'figure'], // exact before relabel
      [x + 340, x + 360, 'commitment'],
      [x + 380, x + 400, 'figure'], // relabel before boundary
      [x + 420, x + 440, 'agreement'], // crossing extents
      [x + 460, x + 470, 'party'], // a label only A uses
    ],
    b: [
      [x - 5, x + 5, 'figure'],
      [x + 5, x + 15, 'figure'],
      [x + 45, x + 55, 'commitment'],
      [x + 100, x + 160, 'commitment'],
      [x + 122, x + 133, 'figure'],
      [x + 203, x + 262, 'agreement'],
      [x + 300, x + 320, 'commitment'],
      [x + 300, x + 320, 'agreement'],
      [x + 340, x + 360, 'commitment'],
      [x + 380, x + 400, 'commitment'],
      [x + 380, x + 403, 'figure'],
      [x + 430, x + 450, 'agreement'],
      [x + 480, x + 490, 'date'], // a label only B uses
    ],
  }
}

async function seedDocuments(): Promise<DocumentFile[]> {
  const dir = join(ROOT, 'resources/seed-articles')
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()
  return Promise.all(names.map(async (n) => newDocument(importText(await readFile(join(dir, n)), n), n, NOW)))
}

function build(docs: DocumentFile[]): { a: CanonicalRecord[]; b: CanonicalRecord[] } {
  const rnd = random(7)
  const a: CanonicalRecord[] = []
  const b: CanonicalRecord[] = []
  docs.forEach((doc, n) => {
    const drafts = randomDrafts(doc, rnd)
    const mid = (doc.tokens[Math.floor(doc.tokens.length / 3)] as [number, number])[0]
    const crafted = craftedDrafts(mid)
    const spansA = [...drafts.a.map((x) => x.d), ...crafted.a].map((d, k) => spanOf(doc, d, `a${n}-${k}`, 'lan'))
    const spansB = [...drafts.b, ...crafted.b].map((d, k) => spanOf(doc, d, `b${n}-${k}`, 'minh'))
    // Some of B's copies keep A's span id, as when B started from A's export.
    for (const k of drafts.sharedIds) {
      const copy = spansB.findIndex((s) => s.start === spansA[k]?.start && s.end === spansA[k]?.end && s.label === spansA[k]?.label)
      if (copy >= 0) spansB[copy] = { ...(spansB[copy] as Span), id: (spansA[k] as Span).id }
    }
    const unique = (spans: Span[]): Span[] => spans.filter((s, k) => spans.findIndex((o) => o.start === s.start && o.end === s.end && o.label === s.label) === k)
    // A has documents 0–3, B has 0–2 and 4: one document only on each side.
    if (n !== 4) a.push(canonicalRecord({ ...doc, spans: unique(spansA).sort(compareSpans) }, { annotator: 'lan', status: 'done' }))
    if (n !== 3) b.push(canonicalRecord({ ...doc, spans: unique(spansB).sort(compareSpans) }, { annotator: 'minh', status: 'done' }))
  })
  return { a, b }
}

/**
 * One short document where a label covers every token on both sides, so its κ
 * and α are undefined (null), next to a nested relabel and a moved boundary.
 */
function tiny(): { a: CanonicalRecord[]; b: CanonicalRecord[] } {
  const doc = newDocument(importText(new TextEncoder().encode('Nhật Bản cam kết hỗ trợ 3 triệu yên.'), 'tiny.txt'), 'tiny.txt', NOW)
  const record = (annotator: string, drafts: Draft[]): CanonicalRecord => {
    const spans = drafts.map((d, k) => spanOf(doc, d, `${annotator}-${k}`, annotator)).sort(compareSpans)
    return canonicalRecord({ ...doc, spans }, { annotator, status: 'done' })
  }
  const whole: Draft = [0, 36, 'topic']
  return {
    a: [record('lan', [whole, [9, 35, 'commitment'], [24, 35, 'figure'], [0, 8, 'agreement']])],
    b: [record('minh', [whole, [9, 35, 'commitment'], [26, 35, 'figure'], [0, 8, 'commitment']])],
  }
}

async function save(prefix: string, pair: { a: CanonicalRecord[]; b: CanonicalRecord[] }): Promise<void> {
  await writeFile(join(OUT, `${prefix}-a.jsonl`), pair.a.map(jsonlLine).join(''))
  await writeFile(join(OUT, `${prefix}-b.jsonl`), pair.b.map(jsonlLine).join(''))
  process.stdout.write(`wrote ${prefix}: ${pair.a.length} + ${pair.b.length} records\n`)
}

await save('seed', build(await seedDocuments()))
await save('tiny', tiny())
