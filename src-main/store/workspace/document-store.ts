import { existsSync, readFile as readFileCallback } from 'node:fs'
import { promisify } from 'node:util'
import { Low } from 'lowdb'
import { SpanwrightError } from '../../core/errors'
import type { DocumentFile } from '../../core/model'
import { isCode, writeFileAtomic } from '../files/atomic-write'
import { formatCanonicalJson } from '../files/canonical-json'
import { CanonicalEncoder } from '../files/canonical-encoder'
import { DOCUMENT_FORMAT } from '../files/file-format'
import type { WriteAccess } from './index-store'
import { ChangedMeanwhile, JsonFileAdapter, type DiskContent } from '../files/json-file-adapter'
import { KeyedQueue } from '../files/keyed-queue'
import { conflictCopyName, conflictCopyPath, documentPath, uniqueStamp } from './layout'

/**
 * A document's revision is the SHA-256 of its file as this process last read or
 * wrote it: a window holding the document at one revision needs nothing sent
 * again while the file still has it.
 */
export interface Revised {
  doc: DocumentFile
  /** The revision the edit was applied to, and the one it wrote (equal when nothing changed). */
  before: string
  after: string
}

export interface DocumentStoreOptions {
  dir: string
  access: WriteAccess
  now(): string
  /** Called with a document's span count whenever its file is read or written. */
  onCount(id: string, count: number): void
  /** Keeps a copy of a file's text before a migration rewrites it. */
  backup(file: string, text: string, version: number): Promise<void>
  /** The queue of tasks per document, shared by every opening of the workspace in this process (see sharedQueue). */
  queue?: KeyedQueue
}

/**
 * Document files, loaded when first needed and kept. A file that cannot be read
 * is remembered as damaged with its message and never written; every other
 * document keeps working. Before each write the file's hash is compared with
 * what this process last read or wrote (see guard).
 */
export class DocumentStore {
  private readonly cache = new Map<string, Low<DocumentFile>>()
  private readonly damage = new Map<string, string>()
  private readonly queue: KeyedQueue

  constructor(private readonly options: DocumentStoreOptions) {
    this.queue = options.queue ?? new KeyedQueue()
  }

  /** The message of the last failed read of document `id`, if its file is damaged or missing. */
  damaged(id: string): string | undefined {
    return this.damage.get(id)
  }

  /** Runs `task` when no other task of document `id` runs (edits, deletion, restore). */
  exclusive<T>(id: string, task: () => Promise<T>): Promise<T> {
    return this.queue.run(id, task)
  }

  /**
   * The document: the kept copy while its file is unchanged (by its stat, else
   * by its hash), else the file read again.
   */
  read(id: string): Promise<DocumentFile> {
    return this.readRevision(id).then((read) => read.doc)
  }

  /** Like read, with the revision the returned document has (read together, so no edit falls between). */
  readRevision(id: string): Promise<{ doc: DocumentFile; revision: string }> {
    return this.exclusive(id, async () => {
      const doc = await this.load(id, true)
      return { doc, revision: this.revisionOf(id) }
    })
  }

  /**
   * Read-modify-write of one document, one at a time per document. Resolves once
   * the file is durable on disk.
   */
  update(id: string, edit: (doc: DocumentFile) => DocumentFile): Promise<Revised> {
    return this.exclusive(id, async () => {
      this.options.access.requireWritable()
      const current = await this.load(id, false)
      const before = this.revisionOf(id)
      const next = edit(current)
      if (next === current) return { doc: current, before, after: before }
      const db = this.cache.get(id) as Low<DocumentFile>
      const adapter = db.adapter as JsonFileAdapter<DocumentFile>
      // First as if the file still holds what this process last read or wrote, checked just before the rename
      // (one read of the file, not two); when it does not, the guard finds out why and the next turn writes.
      for (let attempt = 0; ; attempt++) {
        const seen = attempt === 0 ? adapter.known() : await this.guard(id, db, next)
        if (attempt === 0 && !seen) continue
        try {
          // Checked again just before the rename: a write from outside after the guard is still kept (next turn's guard).
          await adapter.writeOver(next, seen)
          break
        } catch (error) {
          if (!(error instanceof ChangedMeanwhile)) throw error
          if (attempt === 3) throw new SpanwrightError('io', `${adapter.file} keeps changing while it is saved; the edit was not saved`)
        }
      }
      db.data = next
      this.options.onCount(id, next.spans.length)
      return { doc: next, before, after: this.revisionOf(id) }
    })
  }

  /**
   * The document as its file holds it now, for one pass over every document (an
   * export): a kept copy as read() gives it, and any other file read without
   * being kept, so the pass does not hold the whole corpus in memory. Reads bytes
   * with the callback API: fs/promises' readFile costs several times more per small file.
   */
  readOnce(id: string): Promise<DocumentFile> {
    return this.exclusive(id, async () => {
      if (this.cache.has(id)) return this.load(id, true)
      const adapter = new JsonFileAdapter(documentPath(this.options.dir, id), DOCUMENT_FORMAT)
      const bytes = await readBytes(adapter.file).catch((error: unknown) => {
        throw isCode(error, 'ENOENT') ? missing(adapter.file) : error
      })
      return adapter.parse(bytes.toString('utf8'))
    })
  }

  /**
   * The document as its file holds it now, for a reader beside the editor (the
   * suggestions): a file changed outside is parsed but not adopted, so the next
   * edit still finds the change and keeps it as a conflict (see guard).
   */
  peek(id: string): Promise<DocumentFile> {
    return this.peekRevision(id).then((read) => read.doc)
  }

  /** Like peek, with the revision (the SHA-256 of the file) of what it returns. */
  peekRevision(id: string): Promise<{ doc: DocumentFile; revision: string }> {
    return this.exclusive(id, async () => {
      const kept = this.cache.get(id)
      if (!kept) return { doc: await this.load(id, true), revision: this.revisionOf(id) }
      const adapter = kept.adapter as JsonFileAdapter<DocumentFile>
      const disk = await adapter.readChanged()
      if (disk === 'same') return { doc: kept.data, revision: this.revisionOf(id) }
      if (!disk) throw missing(adapter.file)
      return { doc: adapter.parse(disk.text), revision: disk.hash }
    })
  }

  private revisionOf(id: string): string {
    return (this.cache.get(id)?.adapter as JsonFileAdapter<DocumentFile> | undefined)?.knownHash ?? ''
  }

  /** Forgets document `id` (deleted, or replaced on disk). */
  forget(id: string): void {
    this.cache.delete(id)
    this.damage.delete(id)
  }

  /** Reads every listed document that is not kept yet, to find damaged ones and repair span counts. */
  async verify(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      if (this.cache.has(id)) continue
      await this.exclusive(id, async () => {
        const adapter = new JsonFileAdapter(documentPath(this.options.dir, id), DOCUMENT_FORMAT)
        try {
          const disk = await adapter.readDisk()
          if (!disk) throw missing(adapter.file)
          this.options.onCount(id, adapter.parse(disk.text).spans.length)
          this.damage.delete(id)
        } catch (error) {
          if (!(error instanceof SpanwrightError)) throw error
          this.damage.set(id, error.message)
        }
      })
    }
  }

  private async load(id: string, fresh: boolean): Promise<DocumentFile> {
    const kept = this.cache.get(id)
    if (kept && !fresh) return kept.data
    const adapter = kept ? (kept.adapter as JsonFileAdapter<DocumentFile>) : keptAdapter(documentPath(this.options.dir, id))
    try {
      // Re-reading and hashing a long document costs ~50 ms a megabyte of file; its stat costs microseconds.
      const disk = kept ? await adapter.readChanged() : await adapter.readDisk()
      if (kept && disk === 'same') return kept.data
      if (!disk || disk === 'same') throw missing(adapter.file)
      const data = adapter.adopt(disk)
      const db = kept ?? new Low(adapter, data)
      db.data = data
      this.cache.set(id, db)
      this.damage.delete(id)
      if (adapter.migratedFrom && this.options.access.writable) {
        await this.options.backup(adapter.file, adapter.migratedFrom.text, adapter.migratedFrom.version)
        await db.write()
      }
      this.options.onCount(id, data.spans.length)
      return data
    } catch (error) {
      if (error instanceof SpanwrightError) {
        this.cache.delete(id)
        this.damage.set(id, error.message)
      }
      throw error
    }
  }

  /**
   * Another program may have changed the file since this process last read or
   * wrote it. If it did, its version is kept: the edit (`next`) is saved beside
   * it as a conflict copy, the outside version becomes the kept one, and the
   * edit fails with code 'conflict' naming both files. Else returns what the
   * file holds, for the write to check again just before its rename.
   */
  private async guard(id: string, db: Low<DocumentFile>, next: DocumentFile): Promise<DiskContent> {
    const adapter = db.adapter as JsonFileAdapter<DocumentFile>
    const disk = await adapter.readDisk()
    if (disk && adapter.knows(disk)) return disk
    const outside = parseOutside(adapter, disk)
    if (disk && outside.data && formatCanonicalJson(outside.data) === formatCanonicalJson(db.data)) {
      adapter.know(disk) // only the bytes changed (re-saved, line ends): same data
      return disk
    }
    const { dir } = this.options
    const copy = conflictCopyPath(dir, conflictCopyName(id, uniqueStamp(this.options.now(), (s) => existsSync(conflictCopyPath(dir, conflictCopyName(id, s))))))
    await writeFileAtomic(copy, formatCanonicalJson(next))
    if (outside.data) {
      db.data = outside.data
      adapter.know(disk as DiskContent)
      this.options.onCount(id, outside.data.spans.length)
    } else {
      this.cache.delete(id)
      this.damage.set(id, outside.problem)
    }
    throw new SpanwrightError(
      'conflict',
      `${adapter.file} was changed outside Spanwright (${outside.data ? 'another program saved it' : outside.problem}); ` +
        `that version is kept, and this edit was saved beside it as ${copy}`,
    )
  }
}

function parseOutside(adapter: JsonFileAdapter<DocumentFile>, disk: DiskContent | null): { data: DocumentFile | null; problem: string } {
  if (!disk) return { data: null, problem: missing(adapter.file).message }
  try {
    return { data: adapter.parse(disk.text), problem: '' }
  } catch (error) {
    if (!(error instanceof SpanwrightError)) throw error
    return { data: null, problem: error.message }
  }
}

const readBytes = promisify(readFileCallback)

/** The adapter of a kept document: its encoder keeps what it last wrote, so an edit encodes and hashes little more than what it changed. */
function keptAdapter(file: string): JsonFileAdapter<DocumentFile> {
  const encoder = new CanonicalEncoder()
  return new JsonFileAdapter(file, DOCUMENT_FORMAT, Date.now, (doc) => encoder.encode(doc))
}

const missing = (file: string): SpanwrightError =>
  new SpanwrightError('invalid_file', `${file}: the document file is missing (the workspace index lists it)`)
