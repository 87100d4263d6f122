import { mkdir, realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { SpanwrightError } from '../../core/errors'
import type { DocumentFile, DocumentStatus, IndexEntry, WorkspaceIndex } from '../../core/model'
import { DocumentStore, type Revised } from './document-store'
import { INDEX_FORMAT } from '../files/file-format'
import { IndexStore } from './index-store'
import { JsonFileAdapter } from '../files/json-file-adapter'
import { writeFileAtomic } from '../files/atomic-write'
import { formatCanonicalJson } from '../files/canonical-json'
import { documentPath, DOCUMENTS_DIR, INDEX_FILE } from './layout'
import { backupBeforeMigration } from './migration-backup'
import { listConflictCopies, resolveConflictCopy, type ConflictCopy } from './conflict-copies'
import { Trash, type TrashedDocument } from './trash'
import { createIndex, prepareFolder, removeStaleTemporaries } from './workspace-setup'
import { Access } from '../files/write-access'
import { sharedQueue } from '../files/keyed-queue'
import { pauseForKill } from '../files/test-pause'
import { NOTHING_RECOVERED, recoverUnlisted, unlistedDocumentIds, type RecoveredDocuments } from './unlisted-documents'

export { INDEX_FILE, DOCUMENTS_DIR } from './layout'

export interface WorkspaceOptions {
  resourcesDir: string
  annotator: string
  now: () => string
  /**
   * 'write' (the default) takes the workspace lock; 'read' does not, and refuses
   * every change (read-only commands). Either creates and seeds a workspace that
   * does not exist yet, taking the lock for that.
   */
  access?: 'write' | 'read'
  /** Who holds the lock, as other processes are told ("the Spanwright app"). */
  holder?: string
  /** false: a workspace created by this open starts empty instead of seeded (an import's target). */
  seed?: boolean
}

/**
 * A workspace folder: a small index (settings, document order, status) and one
 * file per document (its text and spans). An edit rewrites one document file; the
 * index's span counts are a cache written after it, later and coalesced.
 */
/** Per workspace (real path), the ids an import of this process is writing now: not leftovers, whatever the index says yet. */
const adding = new Map<string, Set<string>>()

export class Workspace {
  private readonly trash: Trash
  /** Document files a killed import had left unlisted, found when this opening began (see unlisted-documents.ts). */
  recovered: RecoveredDocuments = NOTHING_RECOVERED

  private constructor(
    readonly dir: string,
    private readonly index: IndexStore,
    private readonly documents: DocumentStore,
    private readonly access: Access,
    private readonly now: () => string,
    private readonly realDir: string,
  ) {
    this.trash = new Trash(dir, index, documents, now)
  }

  static async open(dir: string, options: WorkspaceOptions): Promise<Workspace> {
    await prepareFolder(dir)
    const access = new Access(dir)
    const holder = options.holder ?? 'the Spanwright app'
    try {
      if (options.access !== 'read') await access.lock(holder, options.now())
      if (access.writable) await removeStaleTemporaries(dir)
      const indexFile = join(dir, INDEX_FILE)
      // Openings of this folder in this process take turns at each file (they share the lock too).
      const realDir = await realpath(dir)
      const queue = sharedQueue(realDir)
      let index = await IndexStore.read(indexFile, access, queue)
      if (!index) {
        if (!access.writable) await access.lock(holder, options.now())
        if (access.readOnly) throw new SpanwrightError('read_only', `${access.readOnly}, and it has no ${INDEX_FILE} yet`)
        const data = await createIndex(dir, options.seed === false ? null : options.resourcesDir, options.annotator, options.now())
        index = new IndexStore(new Low(new JsonFileAdapter(indexFile, INDEX_FORMAT), data), access, queue)
        // Written last: a crash before this leaves no index, and the next open finishes the job.
        await index.writeAll()
      } else if (index.adapter.migratedFrom && access.writable) {
        await backupBeforeMigration(dir, indexFile, index.adapter.migratedFrom.text, index.adapter.migratedFrom.version)
        await index.writeAll()
      }
      const openedIndex = index
      const documents = new DocumentStore({
        dir,
        access,
        now: options.now,
        onCount: (id, count) => openedIndex.noteCount(id, count),
        backup: (file, text, version) => backupBeforeMigration(dir, file, text, version).then(() => undefined),
        queue,
      })
      const workspace = new Workspace(dir, index, documents, access, options.now, realDir)
      const busy = adding.get(realDir) ?? new Set<string>()
      if (access.writable) {
        await workspace.trash.reconcile()
        workspace.recovered = await recoverUnlisted(dir, index, workspace.trash, busy)
      } else {
        workspace.recovered = { ...NOTHING_RECOVERED, waiting: (await unlistedDocumentIds(dir, index, busy)).length }
      }
      return workspace
    } catch (error) {
      await access.release()
      throw error
    }
  }

  get annotator(): string {
    return this.index.data.annotator
  }
  get labels(): WorkspaceIndex['labels'] {
    return this.index.data.labels
  }
  /** Why nothing can be changed, when so (a read-only folder, or opened for reading); else null. */
  get readOnly(): string | null {
    return this.access.readOnly
  }
  entries(): readonly IndexEntry[] {
    return this.index.data.documents
  }
  entry(id: string): IndexEntry {
    const found = this.index.find(id)
    if (!found) throw new SpanwrightError('not_found', `the workspace ${this.dir} has no document ${id}`)
    return found
  }
  /** The message of a document whose file is damaged or missing, once a read found it so. */
  damage(id: string): string | undefined {
    return this.documents.damaged(id)
  }

  /** Picks up changes another program made to the index since it was read. */
  refresh(): Promise<void> {
    return this.index.refresh()
  }

  /** The document as its file holds it now (reloaded when changed outside). */
  async readDocument(id: string): Promise<DocumentFile> {
    this.entry(id)
    return this.documents.read(id)
  }

  /** Like readDocument, but a file changed outside is not taken as known (DocumentStore.peek): for the suggestions. */
  async peekDocument(id: string): Promise<DocumentFile> {
    this.entry(id)
    return this.documents.peek(id)
  }

  /** Like peekDocument, with the revision of what it returns: what the suggestions' learner was built from. */
  async peekDocumentRevision(id: string): Promise<{ doc: DocumentFile; revision: string }> {
    this.entry(id)
    return this.documents.peekRevision(id)
  }

  /** Like readDocument, with the document's revision (see DocumentStore.readRevision). */
  async readDocumentRevision(id: string): Promise<{ doc: DocumentFile; revision: string }> {
    this.entry(id)
    return this.documents.readRevision(id)
  }

  /** Like readDocument, but a document not in memory yet is not kept there (an export reads each once). */
  async readDocumentOnce(id: string): Promise<DocumentFile> {
    this.entry(id)
    return this.documents.readOnce(id)
  }

  /**
   * Read-modify-write of one document, one at a time per document. Resolves once
   * the document file is durable on disk; the index's span count follows in a
   * coalesced write, and is repaired from the document file whenever it is read.
   * Fails with 'conflict' (see DocumentStore.guard) when the file changed outside.
   */
  updateDocument(id: string, edit: (doc: DocumentFile) => DocumentFile): Promise<Revised> {
    this.entry(id)
    return this.documents.update(id, edit)
  }

  /**
   * Appends new documents (an import): every file is written first, the index
   * last, so a crash leaves at most unlisted files, which the next opening lists.
   * Refuses an id the workspace already lists.
   */
  async addDocuments(items: ReadonlyArray<{ doc: DocumentFile; status: DocumentStatus }>): Promise<void> {
    this.access.requireWritable()
    const listed = items.find(({ doc }) => this.index.find(doc.id))
    if (listed) throw new SpanwrightError('invalid_argument', `the workspace ${this.dir} already has document ${listed.doc.id}`)
    await mkdir(join(this.dir, DOCUMENTS_DIR), { recursive: true })
    const busy = adding.get(this.realDir) ?? new Set<string>()
    adding.set(this.realDir, busy)
    const ids = items.map(({ doc }) => doc.id)
    for (const id of ids) busy.add(id)
    try {
      await this.writeThenList(items)
    } finally {
      for (const id of ids) busy.delete(id)
      if (!busy.size) adding.delete(this.realDir)
    }
  }

  private async writeThenList(items: ReadonlyArray<{ doc: DocumentFile; status: DocumentStatus }>): Promise<void> {
    for (let i = 0; i < items.length; i += 8) {
      // A few at a time: each write waits for its fsyncs, which overlap well.
      await Promise.all(
        items.slice(i, i + 8).map(({ doc }) =>
          this.documents.exclusive(doc.id, async () => {
            await writeFileAtomic(documentPath(this.dir, doc.id), formatCanonicalJson(doc))
            this.documents.forget(doc.id)
          }),
        ),
      )
    }
    await pauseForKill('import-files')
    await this.index.update((index) => {
      const ids = new Set(index.documents.map((d) => d.id))
      for (const { doc, status } of items) {
        if (!ids.has(doc.id)) index.documents.push({ id: doc.id, title: doc.title, source: doc.source, status, span_count: doc.spans.length })
      }
    })
  }

  /**
   * Changes the index (labels, a document's status) as it is on disk now and
   * resolves once it is durable. `change` must leave the index valid.
   */
  updateIndex(change: (index: WorkspaceIndex) => void): Promise<void> {
    return this.index.update(change)
  }

  /** Reads every document file not read yet: finds damaged ones and repairs span counts. */
  verifyDocuments(): Promise<void> {
    return this.documents.verify(this.entries().map((e) => e.id))
  }

  deleteDocument(id: string): Promise<TrashedDocument> {
    this.access.requireWritable()
    this.entry(id)
    return this.trash.delete(id)
  }
  listTrash(): Promise<Array<TrashedDocument & { trashId: string }>> {
    return this.trash.list()
  }
  restoreDocument(trashId: string): Promise<IndexEntry> {
    this.access.requireWritable()
    return this.trash.restore(trashId)
  }

  listConflicts(): Promise<ConflictCopy[]> {
    return listConflictCopies(this.dir)
  }
  resolveConflict(name: string, keep: 'outside' | 'app'): Promise<void> {
    this.access.requireWritable()
    return resolveConflictCopy(this.dir, this.documents, name, keep, this.now())
  }

  /** Waits for the span counts noted so far to be written. */
  async flush(): Promise<void> {
    await this.index.flush().catch((error: unknown) => {
      console.error(`spanwright: could not update ${this.index.file}:`, error)
    })
  }

  /** Writes what is pending and gives up the workspace lock. */
  async close(): Promise<void> {
    await this.flush()
    await this.access.release()
  }
}
