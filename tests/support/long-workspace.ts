/**
 * A workspace holding one long article (about 1 MB of Vietnamese text, made from
 * the seed articles' paragraphs) with 10,000 spans of the three labels, a tenth
 * of them nested inside another, and one short article. Written through the real
 * store, as an import would. For the long-document test and the editor benchmark.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { newDocument } from '../../src-main/core/new-document'
import { canonicalSpan, compareSpans, type Span } from '../../src-main/core/model'
import { createOffsetMap } from '../../src-main/core/offsets'
import { importText } from '../../src-main/core/text'
import { Workspace } from '../../src-main/store/workspace/workspace'

const SEEDS = fileURLToPath(new URL('../../resources/seed-articles/', import.meta.url))
const NOW = '2026-11-23T08:00:00.000Z'
const LABELS = ['commitment', 'agreement', 'figure'] as const

export interface LongWorkspace {
  dir: string
  longId: string
  shortId: string
  /** Code point length of the long article's text. */
  length: number
  spans: number
}

/** Paragraphs of the seed articles, repeated (numbered, so no two are alike) up to `bytes` of UTF-8. */
export function longText(bytes: number): string {
  const paragraphs = readdirSync(SEEDS)
    .sort()
    .flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split('\n'))
    .map((p) => p.trim())
    .filter((p) => p.length > 40)
  const parts = ['Bài dài: tuyển tập tin tức hợp tác Việt Nam - Nhật Bản']
  let size = Buffer.byteLength(parts[0] as string)
  for (let i = 0; size < bytes; i++) {
    const p = `${paragraphs[i % paragraphs.length] as string} (${i + 1})`
    parts.push(p)
    size += Buffer.byteLength(p) + 2
  }
  return parts.join('\n\n')
}

export async function makeLongWorkspace(dir: string, { bytes = 1_000_000, spans = 10_000 } = {}): Promise<LongWorkspace> {
  const text = longText(bytes)
  const long = newDocument(importText(new TextEncoder().encode(text), 'long.txt'), 'long.txt', NOW)
  const map = createOffsetMap(long.text)
  const tokens = long.tokens
  const made: Span[] = []
  const span = (id: string, first: number, last: number, label: string): Span => {
    const start = (tokens[first] as [number, number])[0]
    const end = (tokens[last] as [number, number])[1]
    return canonicalSpan({ id, start, end, label, text: map.slice(start, end), attributes: {}, note: '', annotator: 'bench', origin: 'manual', created_at: NOW, updated_at: NOW })
  }
  // Every tenth span sits inside the one before it: a figure within a six-token outer span.
  const outers = Math.ceil(spans * 0.9)
  const step = Math.floor(tokens.length / outers)
  for (let i = 0; i < outers && made.length < spans; i++) {
    const first = i * step
    if (i % 9 === 0 && made.length + 1 < spans) {
      made.push(span(`o${i}`, first, first + 5, LABELS[i % 2] as string))
      made.push(span(`n${i}`, first + 2, first + 3, 'figure'))
    } else {
      made.push(span(`s${i}`, first, first + (i % 3), LABELS[i % 3] as string))
    }
  }
  const short = newDocument(importText(readFileSync(join(SEEDS, readdirSync(SEEDS).sort()[4] as string)), 'short.txt'), 'short.txt', NOW)
  const workspace = await Workspace.open(dir, { resourcesDir: SEEDS, annotator: 'bench', now: () => new Date().toISOString(), seed: false })
  try {
    await workspace.addDocuments([
      { doc: { ...long, spans: made.sort(compareSpans) }, status: 'todo' },
      { doc: short, status: 'todo' },
    ])
  } finally {
    await workspace.close()
  }
  return { dir, longId: long.id, shortId: short.id, length: map.length, spans: made.length }
}
