/**
 * Generates a workspace of `documents` articles on disk quickly, for the store
 * benchmarks: Vietnamese-like text of about `textBytes` UTF-8 bytes each, with
 * `spans` spans, in exactly the files Spanwright writes (same format, tokens
 * included), without going through the services (that would take minutes).
 */
import { seededRandom as seeded } from '../src-main/core/seeded-random'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_LABELS, SCHEMA_VERSIONS, canonicalSpan, compareSpans, type DocumentFile, type IndexEntry, type Span } from '../src-main/core/model'
import { formatCanonicalJson } from '../src-main/store/files/canonical-json'
import { DOCUMENTS_DIR, INDEX_FILE } from '../src-main/store/workspace/layout'

const SYLLABLES = (
  'Việt Nam Nhật Bản hợp tác phát triển kinh tế đầu tư cam kết hỗ trợ thỏa thuận ký kết văn kiện ' +
  'nguồn nhân lực đào tạo người dân năm triệu tỷ đồng yên nghìn Chính phủ Thủ tướng Bộ trưởng ' +
  'hai bên tiếp tục thúc đẩy quan hệ đối tác chiến lược toàn diện khu vực thế giới an ninh'
).split(' ')

export interface GeneratedWorkspace {
  dir: string
  ids: string[]
}

export async function generateWorkspace(
  dir: string,
  { documents, textBytes = 10_000, spans = 20, seed = 1 }: { documents: number; textBytes?: number; spans?: number; seed?: number },
): Promise<GeneratedWorkspace> {
  const random = seeded(seed)
  await mkdir(join(dir, DOCUMENTS_DIR), { recursive: true })
  const entries: IndexEntry[] = []
  const pending: Promise<void>[] = []
  for (let n = 0; n < documents; n++) {
    const doc = generateDocument(n, textBytes, spans, random)
    entries.push({ id: doc.id, title: doc.title, source: doc.source, status: 'todo', span_count: doc.spans.length })
    pending.push(writeFile(join(dir, DOCUMENTS_DIR, `${doc.id}.json`), formatCanonicalJson(doc)))
    if (pending.length >= 64) await Promise.all(pending.splice(0))
  }
  await Promise.all(pending)
  const index = { schema: SCHEMA_VERSIONS.index, annotator: 'bench', labels: DEFAULT_LABELS.map((l) => ({ ...l })), documents: entries }
  await writeFile(join(dir, INDEX_FILE), formatCanonicalJson(index))
  return { dir, ids: entries.map((e) => e.id) }
}

/** One article: a title line, then paragraphs of sentences; tokens are known while it is built. */
export function generateDocument(n: number, textBytes: number, spanCount: number, random: () => number): DocumentFile {
  const title = `Bài số ${n + 1} về hợp tác Việt Nam Nhật Bản`
  let text = ''
  let at = 0 // code points so far
  const tokens: Array<[number, number]> = []
  const add = (piece: string, token: boolean): void => {
    const length = [...piece].length
    if (token) tokens.push([at, at + length])
    text += piece
    at += length
  }
  title.split(' ').forEach((word, i) => (i > 0 && add(' ', false), add(word, true)))
  add('\n', false)
  while (Buffer.byteLength(text) < textBytes) {
    add('\n', false)
    for (let sentence = 0; sentence < 4; sentence++) {
      const words = 8 + Math.floor(random() * 12)
      for (let w = 0; w < words; w++) {
        if (w > 0 || sentence > 0) add(' ', false)
        add(SYLLABLES[Math.floor(random() * SYLLABLES.length)] as string, true)
      }
      add('.', true)
    }
    add('\n', false)
  }
  const sha = createHash('sha256').update(text, 'utf8').digest('hex')
  const chars = [...text]
  const spans: Span[] = []
  const now = '2026-11-23T08:00:00.000Z'
  while (spans.length < spanCount) {
    const first = Math.floor(random() * (tokens.length - 4))
    const [start] = tokens[first] as [number, number]
    const [, end] = tokens[first + Math.floor(random() * 4)] as [number, number]
    const label = (DEFAULT_LABELS[spans.length % DEFAULT_LABELS.length] as { id: string }).id
    if (spans.some((s) => s.start === start && s.end === end && s.label === label)) continue
    const id = `s${n.toString(36)}x${spans.length}`
    spans.push(
      canonicalSpan({ id, start, end, label, text: chars.slice(start, end).join(''), attributes: {}, note: '', annotator: 'bench', origin: 'manual', created_at: now, updated_at: now }),
    )
  }
  return {
    schema: SCHEMA_VERSIONS.document,
    id: sha.slice(0, 16),
    title,
    source: `bench-${String(n).padStart(5, '0')}.txt`,
    text,
    text_sha256: sha,
    import: { normalized: [], original_sha256: sha, imported_at: now },
    tokens,
    spans: spans.sort(compareSpans),
  }
}


const made = new Map<number, Promise<GeneratedWorkspace>>()
let root: string | null = null

/**
 * A generated workspace of `documents` articles (10 kB, 20 spans each), made once
 * per run of `npm run bench` and shared by the store benchmarks; removed on exit.
 */
export function benchWorkspace(documents: number): Promise<GeneratedWorkspace> {
  let ws = made.get(documents)
  if (!ws) {
    if (!root) {
      const dir = mkdtempSync(join(tmpdir(), 'spanwright-bench-store-'))
      root = dir
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
    }
    // Written without fsync for speed, then flushed as a whole: otherwise the first
    // timed fsyncs would pay for writing back the whole generated corpus.
    ws = generateWorkspace(join(root, `ws-${documents}`), { documents }).then((generated) => {
      if (process.platform !== 'win32') spawnSync('sync')
      return generated
    })
    made.set(documents, ws)
  }
  return ws
}

export { seeded }
