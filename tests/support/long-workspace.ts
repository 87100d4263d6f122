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

/**
 * Paragraphs of the seed articles, repeated (numbered, so no two are alike) up to `bytes` of UTF-8.
 * With `paragraphs`, they are run together into about that many paragraphs of equal size
 * (200 for 1 MB: ~5 kB each, as the document has).
 */
export function longText(bytes: number, paragraphs?: number): string {
  const seeds = readdirSync(SEEDS)
    .sort()
    .flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split('\n'))
    .map((p) => p.trim())
    .filter((p) => p.length > 40)
  const title = 'Bài dài: tuyển tập tin tức hợp tác Việt Nam - Nhật Bản'
  const parts: string[] = []
  let size = Buffer.byteLength(title)
  for (let i = 0; size < bytes; i++) {
    const p = `${seeds[i % seeds.length] as string} (${i + 1})`
    parts.push(p)
    size += Buffer.byteLength(p) + 2
  }
  if (!paragraphs) return [title, ...parts].join('\n\n')
  // Cut where the running size passes each k-th share of the whole.
  const share = parts.reduce((n, p) => n + Buffer.byteLength(p) + 1, 0) / paragraphs
  const joined: string[] = []
  let group: string[] = []
  let running = 0
  for (const p of parts) {
    group.push(p)
    running += Buffer.byteLength(p) + 1
    if (running >= share * (joined.length + 1) && joined.length < paragraphs - 1) {
      joined.push(group.join(' '))
      group = []
    }
  }
  if (group.length) joined.push(group.join(' '))
  return [title, ...joined].join('\n\n')
}

export async function makeLongWorkspace(dir: string, { bytes = 1_000_000, spans = 10_000, paragraphs = undefined as number | undefined } = {}): Promise<LongWorkspace> {
  const text = longText(bytes, paragraphs)
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
