import { access, constants, mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { SpanwrightError } from '../core/errors'
import { DEFAULT_LABELS, DocumentFile, WorkspaceIndex, type IndexEntry } from '../core/model'
import { isCode, TEMP_PREFIX } from './atomic-write'
import { JsonFileAdapter } from './json-file-adapter'
import { KeyedQueue } from './keyed-queue'
import { readSeedDocuments } from './seed'

export const INDEX_FILE = 'spanwright.json'
export const DOCUMENTS_DIR = 'documents'

export interface WorkspaceOptions {
  resourcesDir: string
  annotator: string
  now: () => string
}

/**
 * A workspace folder: a small index (settings, document order, status) and one
 * file per document (its text and spans). An edit rewrites one document file; the
 * index's span counts are a cache written after it (see updateDocument).
 */
export class Workspace {
  private readonly docs = new Map<string, Low<DocumentFile>>()
  private readonly queue = new KeyedQueue()
  private indexWrite: Promise<void> = Promise.resolve()

  private constructor(
    readonly dir: string,
    private readonly index: Low<WorkspaceIndex>,
  ) {}

  static async open(dir: string, options: WorkspaceOptions): Promise<Workspace> {
    await prepareFolder(dir)
    await removeStaleTemporaries(dir)
    const index = new Low(new JsonFileAdapter(join(dir, INDEX_FILE), WorkspaceIndex), emptyIndex(options.annotator))
    await index.read()
    const workspace = new Workspace(dir, index)
    if (!(await exists(join(dir, INDEX_FILE)))) await workspace.seed(options)
    return workspace
  }

  get annotator(): string {
    return this.index.data.annotator
  }
  get labels(): WorkspaceIndex['labels'] {
    return this.index.data.labels
  }
  entries(): readonly IndexEntry[] {
    return this.index.data.documents
  }
  entry(id: string): IndexEntry {
    const found = this.index.data.documents.find((d) => d.id === id)
    if (!found) throw new SpanwrightError('not_found', `the workspace ${this.dir} has no document ${id}`)
    return found
  }

  async readDocument(id: string): Promise<DocumentFile> {
    this.entry(id)
    let db = this.docs.get(id)
    if (!db) {
      const file = join(this.dir, DOCUMENTS_DIR, `${id}.json`)
      const adapter = new JsonFileAdapter(file, DocumentFile)
      const data = await adapter.read()
      if (!data) throw new SpanwrightError('invalid_file', `${file}: the document file is missing`)
      db = new Low(adapter, data)
      db.data = data
      this.docs.set(id, db)
      this.refreshCount(id, data.spans.length)
    }
    return db.data
  }

  /**
   * Read-modify-write of one document, one at a time per document. Resolves once
   * the document file is durable on disk; the index's span count follows in a
   * coalesced write, and is repaired from the document file whenever it is read.
   */
  updateDocument(id: string, edit: (doc: DocumentFile) => DocumentFile): Promise<DocumentFile> {
    return this.queue.run(id, async () => {
      const current = await this.readDocument(id)
      const next = edit(current)
      if (next === current) return current
      const db = this.docs.get(id) as Low<DocumentFile>
      db.data = next
      await db.write()
      this.refreshCount(id, next.spans.length)
      return next
    })
  }

  /** Waits for every index write started so far. */
  async flush(): Promise<void> {
    await this.indexWrite
  }

  private refreshCount(id: string, count: number): void {
    const entry = this.entry(id)
    if (entry.span_count === count) return
    entry.span_count = count
    this.indexWrite = this.index.write().catch((error: unknown) => {
      console.error(`spanwright: could not update ${join(this.dir, INDEX_FILE)}`, error)
    })
  }

  private async seed(options: WorkspaceOptions): Promise<void> {
    const docs = await readSeedDocuments(options.resourcesDir, options.now())
    await mkdir(join(this.dir, DOCUMENTS_DIR), { recursive: true })
    for (const doc of docs) {
      const db = new Low<DocumentFile>(new JsonFileAdapter(join(this.dir, DOCUMENTS_DIR, `${doc.id}.json`), DocumentFile), doc)
      await db.write()
      this.docs.set(doc.id, db)
    }
    this.index.data.documents = docs.map((d) => ({ id: d.id, title: d.title, source: d.source, status: 'todo', span_count: 0 }))
    // The index is written last: a crash while seeding leaves no index, so the next open seeds again.
    await this.index.write()
  }
}

function emptyIndex(annotator: string): WorkspaceIndex {
  return { schema: 1, annotator, labels: DEFAULT_LABELS.map((l) => ({ ...l })), documents: [] }
}

async function prepareFolder(dir: string): Promise<void> {
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
  await access(dir, constants.W_OK | constants.R_OK).catch((e: unknown) => {
    throw ioError(`the workspace folder ${dir} is not writable`, e)
  })
}

/** Leftovers of a write interrupted by a crash: never the real data, which a rename replaces whole. */
async function removeStaleTemporaries(dir: string): Promise<void> {
  for (const sub of [dir, join(dir, DOCUMENTS_DIR)]) {
    const names = await readdir(sub).catch(() => [] as string[])
    for (const name of names) if (name.startsWith(TEMP_PREFIX)) await rm(join(sub, name), { force: true })
  }
}

const exists = (file: string): Promise<boolean> => stat(file).then(() => true, () => false)

function ioError(what: string, error: unknown): SpanwrightError {
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : ''
  const detail = code ? ` (${code})` : error instanceof Error ? ` (${error.message})` : ''
  return new SpanwrightError('io', `${what}${detail}`)
}
