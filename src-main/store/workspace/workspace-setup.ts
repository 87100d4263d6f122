/** The steps of opening a workspace folder that run before its index is read. */
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { SpanwrightError } from '../../core/errors'
import { DEFAULT_LABELS, SCHEMA_VERSIONS, type DocumentFile, type IndexEntry, type WorkspaceIndex } from '../../core/model'
import { isCode, TEMP_PREFIX, writeFileAtomic } from '../files/atomic-write'
import { formatCanonicalJson } from '../files/canonical-json'
import { DOCUMENT_FORMAT } from '../files/file-format'
import { JsonFileAdapter } from '../files/json-file-adapter'
import { BACKUPS_DIR, DOCUMENT_FILE_NAME, documentPath, DOCUMENTS_DIR, TRASH_DIR } from './layout'
import { readSeedDocuments } from './seed'

/** Makes sure `dir` is a folder, creating it when missing. */
export async function prepareFolder(dir: string): Promise<void> {
  try {
    const info = await stat(dir)
    if (!info.isDirectory()) throw new SpanwrightError('invalid_argument', `the workspace ${dir} is a file, not a folder`)
  } catch (error) {
    if (error instanceof SpanwrightError) throw error
    if (!isCode(error, 'ENOENT')) throw ioError(`cannot open the workspace folder ${dir}`, error)
    await mkdir(dir, { recursive: true }).catch((e: unknown) => {
      throw ioError(`cannot create the workspace folder ${dir}`, e)
    })
  }
}

/**
 * Leftovers of writes a crash interrupted: never the real data, which a rename
 * replaces whole. Only the lock holder may remove them: another writer's
 * temporary file could be in use.
 */
export async function removeStaleTemporaries(dir: string): Promise<number> {
  let removed = 0
  for (const sub of [dir, join(dir, DOCUMENTS_DIR), join(dir, TRASH_DIR), join(dir, BACKUPS_DIR)]) {
    const names = await readdir(sub).catch(() => [] as string[])
    for (const name of names) {
      if (!name.startsWith(TEMP_PREFIX)) continue
      await rm(join(sub, name), { force: true })
      removed++
    }
  }
  return removed
}

export function emptyIndex(annotator: string): WorkspaceIndex {
  return { schema: SCHEMA_VERSIONS.index, annotator, labels: DEFAULT_LABELS.map((l) => ({ ...l })), documents: [] }
}

/**
 * The index of a folder that has none. With no document files (a new workspace)
 * or only seed documents (seeding was interrupted), the seed articles are
 * written and listed. Otherwise the index was lost: it is rebuilt from the
 * document files, so no annotation is lost (statuses start again at todo).
 * Without `resourcesDir` a new workspace starts empty.
 */
export async function createIndex(dir: string, resourcesDir: string | null, annotator: string, now: string): Promise<WorkspaceIndex> {
  await mkdir(join(dir, DOCUMENTS_DIR), { recursive: true })
  const existing = (await readdir(join(dir, DOCUMENTS_DIR))).flatMap((n) => DOCUMENT_FILE_NAME.exec(n)?.[1] ?? [])
  const seeds = resourcesDir === null ? [] : await readSeedDocuments(resourcesDir, now)
  const seedIds = new Set(seeds.map((d) => d.id))
  const index = emptyIndex(annotator)
  if (existing.every((id) => seedIds.has(id))) {
    for (const doc of seeds) {
      if (!existing.includes(doc.id)) await writeFileAtomic(documentPath(dir, doc.id), formatCanonicalJson(doc))
    }
    index.documents = await Promise.all(seeds.map((d) => entryFor(dir, d.id, d)))
  } else {
    console.warn(`spanwright: ${dir} had no index; rebuilt it from ${existing.length} document files`)
    const entries = await Promise.all(existing.map((id) => entryFor(dir, id, null)))
    index.documents = entries.sort((a, b) => cmp(a.source, b.source) || cmp(a.id, b.id))
  }
  return index
}

/** An index entry from the document's file; a damaged file still gets one, and shows as damaged when opened. */
async function entryFor(dir: string, id: string, fallback: DocumentFile | null): Promise<IndexEntry> {
  let doc = fallback
  try {
    doc = (await new JsonFileAdapter(documentPath(dir, id), DOCUMENT_FORMAT).read()) ?? fallback
  } catch (error) {
    if (!(error instanceof SpanwrightError)) throw error
  }
  if (!doc) return { id, title: `${id}.json`, source: '', status: 'todo', span_count: 0 }
  return { id, title: doc.title, source: doc.source, status: 'todo', span_count: doc.spans.length }
}

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0)

export function ioError(what: string, error: unknown): SpanwrightError {
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : ''
  const detail = code ? ` (${code})` : error instanceof Error ? ` (${error.message})` : ''
  return new SpanwrightError('io', `${what}${detail}`)
}
