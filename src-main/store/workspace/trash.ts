/**
 * Deleting a document moves its file to trash/ (never removes it); restoring
 * moves it back. Beside each trashed file, a small record keeps what the index
 * knew (title, status, place in the list), so it comes back as it was.
 *
 * Each step is a rename or an atomic write, and the order makes every crash
 * state recognisable; reconcile() finishes an interrupted step on the next open.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { SpanwrightError } from '../../core/errors'
import { SCHEMA_VERSIONS, TrashId, type IndexEntry, type TrashRecord, type WorkspaceIndex } from '../../core/model'
import { isCode, syncFolder, writeFileAtomic } from '../files/atomic-write'
import { formatCanonicalJson } from '../files/canonical-json'
import type { DocumentStore } from './document-store'
import { TRASH_FORMAT } from '../files/file-format'
import type { IndexStore } from './index-store'
import { JsonFileAdapter } from '../files/json-file-adapter'
import { documentPath, DOCUMENTS_DIR, idPrefix, TRASH_DIR, trashPaths, uniqueStamp } from './layout'

export interface TrashedDocument {
  /** null when the document's file was already missing: only its entry left the list. */
  trashId: string | null
  record: TrashRecord
}

export class Trash {
  constructor(
    private readonly dir: string,
    private readonly index: IndexStore,
    private readonly documents: DocumentStore,
    private readonly now: () => string,
  ) {}

  /** Moves document `id` to the trash: record first, then the file, then the index. */
  delete(id: string): Promise<TrashedDocument> {
    return this.documents.exclusive(id, async () => {
      const position = this.index.data.documents.findIndex((d) => d.id === id)
      const entry = this.index.data.documents[position]
      if (!entry) throw new SpanwrightError('not_found', `the workspace ${this.dir} has no document ${id}`)
      const source = documentPath(this.dir, id)
      const now = this.now()
      const removeEntry = (index: WorkspaceIndex): void => void (index.documents = index.documents.filter((d) => d.id !== id))
      if (!existsSync(source)) {
        // Nothing to keep: the file was already gone. Only the entry leaves the list.
        this.documents.forget(id)
        await this.index.update(removeEntry)
        return { trashId: null, record: { schema: SCHEMA_VERSIONS.trash, ...entry, position, deleted_at: now } }
      }
      await mkdir(join(this.dir, TRASH_DIR), { recursive: true })
      const trashId = `${id}.${uniqueStamp(now, (s) => existsSync(trashPaths(this.dir, `${id}.${s}`).file))}`
      const paths = trashPaths(this.dir, trashId)
      const record: TrashRecord = { schema: SCHEMA_VERSIONS.trash, ...entry, position, deleted_at: now }
      await writeFileAtomic(paths.meta, formatCanonicalJson(record))
      await rename(source, paths.file)
      await syncFolder(join(this.dir, DOCUMENTS_DIR))
      await syncFolder(join(this.dir, TRASH_DIR))
      this.documents.forget(id)
      await this.index.update(removeEntry)
      return { trashId, record }
    })
  }

  /**
   * Moves a document file the index does not list to the trash (record first,
   * then the file), where the analyst can see it, restore it or leave it. `entry`
   * is what the record will say of it (its title, or the file's name when unreadable).
   */
  putAside(entry: IndexEntry): Promise<string> {
    return this.documents.exclusive(entry.id, async () => {
      const now = this.now()
      await mkdir(join(this.dir, TRASH_DIR), { recursive: true })
      const trashId = `${entry.id}.${uniqueStamp(now, (s) => existsSync(trashPaths(this.dir, `${entry.id}.${s}`).file))}`
      const paths = trashPaths(this.dir, trashId)
      const record: TrashRecord = { schema: SCHEMA_VERSIONS.trash, ...entry, position: this.index.data.documents.length, deleted_at: now }
      await writeFileAtomic(paths.meta, formatCanonicalJson(record))
      await rename(documentPath(this.dir, entry.id), paths.file)
      await syncFolder(join(this.dir, DOCUMENTS_DIR))
      await syncFolder(join(this.dir, TRASH_DIR))
      this.documents.forget(entry.id)
      return trashId
    })
  }

  /** Trashed documents, most recently deleted first. */
  async list(): Promise<Array<TrashedDocument & { trashId: string }>> {
    const names = await readdir(join(this.dir, TRASH_DIR)).catch((e: unknown) => (isCode(e, 'ENOENT') ? [] : Promise.reject(e)))
    const items: Array<TrashedDocument & { trashId: string }> = []
    for (const name of names) {
      const trashId = name.endsWith('.json') && !name.endsWith('.meta.json') ? name.slice(0, -5) : ''
      if (!TrashId.safeParse(trashId).success) continue
      const record = await this.record(trashId)
      if (record) items.push({ trashId, record })
    }
    return items.sort((a, b) => (a.record.deleted_at < b.record.deleted_at ? 1 : a.record.deleted_at > b.record.deleted_at ? -1 : 0))
  }

  /** Moves a trashed document back to its place in the list: file first, then the index, then the record goes. */
  async restore(trashId: string): Promise<IndexEntry> {
    const paths = trashPaths(this.dir, trashId)
    const id = idPrefix(trashId)
    return this.documents.exclusive(id, async () => {
      if (!existsSync(paths.file)) throw new SpanwrightError('not_found', `the trash of ${this.dir} has no ${trashId}`)
      const target = documentPath(this.dir, id)
      if (this.index.find(id) || existsSync(target)) {
        throw new SpanwrightError('invalid_argument', `cannot restore ${trashId}: the workspace already has document ${id} (${target})`)
      }
      const record = await this.record(trashId)
      if (!record) throw new SpanwrightError('invalid_file', `${paths.meta}: missing or damaged, so ${trashId} cannot be put back`)
      await rename(paths.file, target)
      await syncFolder(join(this.dir, TRASH_DIR))
      await syncFolder(join(this.dir, DOCUMENTS_DIR))
      const entry = entryOf(record)
      await this.index.update((index) => insertEntry(index.documents, entry, record.position))
      await rm(paths.meta, { force: true })
      return entry
    })
  }

  /**
   * Finishes what a crash interrupted: a record whose file is back in documents/
   * is a restore to complete; a listed document whose file is in the trash is a
   * deletion to complete; a record with nothing to go with it is removed.
   */
  async reconcile(): Promise<void> {
    const names = await readdir(join(this.dir, TRASH_DIR)).catch((e: unknown) => (isCode(e, 'ENOENT') ? [] : Promise.reject(e)))
    for (const name of names) {
      if (!name.endsWith('.meta.json')) continue
      const trashId = name.slice(0, -'.meta.json'.length)
      if (!TrashId.safeParse(trashId).success) continue
      const id = idPrefix(trashId)
      const paths = trashPaths(this.dir, trashId)
      const inTrash = existsSync(paths.file)
      const inDocuments = existsSync(documentPath(this.dir, id))
      const listed = this.index.find(id) !== undefined
      if (inTrash && listed && !inDocuments) {
        await this.index.update((index) => void (index.documents = index.documents.filter((d) => d.id !== id)))
      } else if (!inTrash) {
        const record = await this.record(trashId)
        if (inDocuments && !listed && record) await this.index.update((index) => insertEntry(index.documents, entryOf(record), record.position))
        await rm(paths.meta, { force: true })
      }
    }
  }

  private async record(trashId: string): Promise<TrashRecord | null> {
    const adapter = new JsonFileAdapter(trashPaths(this.dir, trashId).meta, TRASH_FORMAT)
    try {
      const record = await adapter.read()
      return record && record.id === idPrefix(trashId) ? record : null
    } catch (error) {
      if (error instanceof SpanwrightError) return null
      throw error
    }
  }
}

const entryOf = (r: TrashRecord): IndexEntry => ({ id: r.id, title: r.title, source: r.source, status: r.status, span_count: r.span_count })

function insertEntry(documents: IndexEntry[], entry: IndexEntry, position: number): void {
  if (documents.some((d) => d.id === entry.id)) return
  documents.splice(Math.min(position, documents.length), 0, entry)
}
