/**
 * `compare.ms`: what `spanwright diff` and `agree` compute for two generated
 * canonical files of 2,000 documents with 100,000 spans each, about 70% of them
 * matching: pair every document's spans and compute every agreement figure.
 * The files are read and checked once beforehand (JSON parsing of two ~50 MB
 * files is not the comparison). Median of 7 runs.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { agreementOf, diffCorpora } from '../src-main/core/compare'
import { jsonlLine } from '../src-main/core/export'
import { sha256Hex } from '../src-main/core/hash'
import type { CanonicalRecord, Span } from '../src-main/core/model'
import { loadAnnotationSource } from '../src-main/store/import/annotation-source'
import { median, round, timeRuns, type Figure } from './measure'

const DOCUMENTS = 2_000
const SPANS_PER_DOCUMENT = 50
const WORDS_PER_DOCUMENT = 900
const SYLLABLES = ['Việt', 'Nam', 'Nhật', 'Bản', 'hợp', 'tác', 'cam', 'kết', 'hỗ', 'trợ', 'triệu', 'yên', 'năm', '2050', 'đã', 'ký', 'văn', 'kiện', '05', 'phát', 'triển', 'xanh', 'và', 'của']
const LABELS = ['commitment', 'agreement', 'figure']
const NOW = '2026-11-23T08:00:00.000Z'

function random(seed: number): () => number {
  let t = seed >>> 0
  return () => {
    t = (t + 0x6d2b79f5) >>> 0
    let r = Math.imul(t ^ (t >>> 15), 1 | t)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
}

interface Doc {
  text: string
  tokens: Array<[number, number]>
}

function document(rnd: () => number, n: number): Doc {
  const words: string[] = [`Bài ${n}`]
  for (let k = 0; k < WORDS_PER_DOCUMENT; k++) words.push(SYLLABLES[Math.floor(rnd() * SYLLABLES.length)] as string)
  const text = words.join(' ').replace(/(\S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+) /g, '$1\n')
  const tokens: Array<[number, number]> = []
  for (const m of text.matchAll(/\S+/g)) tokens.push([m.index, m.index + m[0].length])
  return { text, tokens }
}

function span(doc: Doc, from: number, to: number, label: string, id: string, annotator: string): Span {
  const start = (doc.tokens[from] as [number, number])[0]
  const end = (doc.tokens[to] as [number, number])[1]
  return { id, start, end, label, text: doc.text.slice(start, end), attributes: {}, note: '', annotator, origin: 'manual', created_at: NOW, updated_at: NOW }
}

function record(doc: Doc, spans: Span[], annotator: string): CanonicalRecord {
  const sha = sha256Hex(doc.text)
  spans.sort((x, y) => x.start - y.start || x.end - y.end || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0) || (x.id < y.id ? -1 : 1))
  const offsets = { unit: 'codepoint', end: 'exclusive', normalization: 'NFC' } as const
  return { id: sha.slice(0, 16), title: `Bài ${doc.text.length}`, source: 'bench.txt', text: doc.text, text_sha256: sha, offsets, annotator, status: 'done', tokens: doc.tokens, spans }
}

/** Two annotators: B keeps 70% of A's spans, relabels 10%, moves 10% and replaces 10% with its own. */
function generate(): { a: string; b: string } {
  const rnd = random(2026)
  let a = ''
  let b = ''
  for (let n = 0; n < DOCUMENTS; n++) {
    const doc = document(rnd, n)
    const spansA: Span[] = []
    const spansB: Span[] = []
    for (let k = 0; k < SPANS_PER_DOCUMENT; k++) {
      const from = Math.floor(rnd() * (doc.tokens.length - 12))
      const to = from + Math.floor(rnd() * 6)
      const label = LABELS[k % 3] as string
      spansA.push(span(doc, from, to, label, `a${n}-${k}`, 'lan'))
      const r = rnd()
      const id = `b${n}-${k}`
      if (r < 0.7) spansB.push(span(doc, from, to, label, id, 'minh'))
      else if (r < 0.8) spansB.push(span(doc, from, to, LABELS[(k + 1) % 3] as string, id, 'minh'))
      else if (r < 0.9) spansB.push(span(doc, from, to + 2, label, id, 'minh'))
      else {
        const other = Math.floor(rnd() * (doc.tokens.length - 12))
        spansB.push(span(doc, other, other + 1, label, id, 'minh'))
      }
    }
    a += jsonlLine(record(doc, spansA, 'lan'))
    b += jsonlLine(record(doc, spansB, 'minh'))
  }
  return { a, b }
}

export async function compareBench(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'spanwright-bench-'))
  try {
    const files = generate()
    await writeFile(join(dir, 'a.jsonl'), files.a)
    await writeFile(join(dir, 'b.jsonl'), files.b)
    const [a, b] = await Promise.all([loadAnnotationSource(join(dir, 'a.jsonl')), loadAnnotationSource(join(dir, 'b.jsonl'))])
    const times = await timeRuns(async () => agreementOf(diffCorpora(a.records, b.records).documents), 7)
    return [{ bench: 'compare.ms', value: round(median(times)), unit: 'ms', target: 1000 }]
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
