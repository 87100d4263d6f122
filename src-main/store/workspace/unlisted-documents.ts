/**
 * Document files the index does not list: what an import killed midway leaves
 * (it writes every document file first and the index last). The import had read
 * and checked them, so the next opening for writing lists each one that still
 * passes the document check (status todo, as a rebuilt index has it); one that
 * does not is moved to the trash, never deleted. Either way it is reported.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { SpanwrightError } from '../../core/errors'
import type { IndexEntry } from '../../core/model'
import { DOCUMENT_FORMAT } from '../files/file-format'
import { JsonFileAdapter } from '../files/json-file-adapter'
import type { IndexStore } from './index-store'
import { DOCUMENT_FILE_NAME, documentPath, DOCUMENTS_DIR } from './layout'
import type { Trash } from './trash'

export interface RecoveredDocuments {
  /** Listed again, in the order the list shows them. */
  adopted: Array<{ id: string; title: string }>
  /** Failed the document check: in the trash now, with why. */
  trashed: Array<{ id: string; trashId: string; reason: string }>
  /** Found by an opening that may not write (read only): left for the next opening for writing. */
  waiting: number
}

export const NOTHING_RECOVERED: RecoveredDocuments = { adopted: [], trashed: [], waiting: 0 }

/** Ids of document files in documents/ that neither the index lists nor `busy` (an import of this process writing them now). */
export async function unlistedDocumentIds(dir: string, index: IndexStore, busy: ReadonlySet<string>): Promise<string[]> {
  const names = await readdir(join(dir, DOCUMENTS_DIR)).catch(() => [] as string[])
  return names
    .flatMap((n) => DOCUMENT_FILE_NAME.exec(n)?.[1] ?? [])
    .filter((id) => !index.find(id) && !busy.has(id))
    .sort()
}

export async function recoverUnlisted(dir: string, index: IndexStore, trash: Trash, busy: ReadonlySet<string>): Promise<RecoveredDocuments> {
  const ids = await unlistedDocumentIds(dir, index, busy)
  if (!ids.length) return NOTHING_RECOVERED
  const good: IndexEntry[] = []
  const trashed: RecoveredDocuments['trashed'] = []
  for (const id of ids) {
    const read = await readChecked(dir, id)
    if (!read) continue
    if ('reason' in read) {
      const trashId = await trash.putAside({ id, title: `${id}.json`, source: '', status: 'todo', span_count: 0 })
      trashed.push({ id, trashId, reason: read.reason })
    } else good.push(read.entry)
  }
  good.sort((a, b) => cmp(a.source, b.source) || cmp(a.id, b.id))
  const adopted: RecoveredDocuments['adopted'] = []
  if (good.length) {
    await index.update((data) => {
      // As the index is on disk now: another opening may have listed one meanwhile.
      const listed = new Set(data.documents.map((d) => d.id))
      for (const entry of good.filter((e) => !listed.has(e.id))) {
        data.documents.push(entry)
        adopted.push({ id: entry.id, title: entry.title })
      }
    })
  }
  return { adopted, trashed, waiting: 0 }
}

/** The file's index entry, or why it fails the document check; null when it is gone. */
async function readChecked(dir: string, id: string): Promise<{ entry: IndexEntry } | { reason: string } | null> {
  try {
    const doc = await new JsonFileAdapter(documentPath(dir, id), DOCUMENT_FORMAT).read()
    if (!doc) return null
    if (doc.id !== id) return { reason: `the file holds document ${doc.id}, not ${id}` }
    return { entry: { id, title: doc.title, source: doc.source, status: 'todo', span_count: doc.spans.length } }
  } catch (error) {
    if (error instanceof SpanwrightError) return { reason: error.message }
    throw error
  }
}

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0)
