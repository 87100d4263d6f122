import { Low } from 'lowdb'
import { SpanwrightError } from '../../core/errors'
import type { IndexEntry, WorkspaceIndex } from '../../core/model'
import { INDEX_FORMAT } from '../files/file-format'
import { ChangedMeanwhile, JsonFileAdapter } from '../files/json-file-adapter'
import { KeyedQueue } from '../files/keyed-queue'

/** What a change of the index must respect: whether writing is allowed now. */
export interface WriteAccess {
  requireWritable(): void
  readonly writable: boolean
}

/**
 * The workspace index (spanwright.json) in memory and on disk. Every write is a
 * read-modify-write against the file as it is now: when another program changed
 * it (a `git pull`), its version is reloaded first and this process's change is
 * applied on top, so neither side is lost.
 *
 * Span counts are a cache of the document files. Edits only note them; they
 * reach the file in one later write when edits pause (see schedule), so an edit
 * never pays for rewriting a large index.
 */
export class IndexStore {
  /** Span counts known from document files this process read or wrote. */
  private readonly counts = new Map<string, number>()
  private timer: NodeJS.Timeout | null = null
  private firstPending: number | null = null
  private dirty = false

  constructor(
    private readonly db: Low<WorkspaceIndex>,
    private readonly access: WriteAccess,
    private readonly queue: KeyedQueue = new KeyedQueue(),
  ) {}

  static async read(file: string, access: WriteAccess, queue?: KeyedQueue): Promise<IndexStore | null> {
    const adapter = new JsonFileAdapter(file, INDEX_FORMAT)
    const data = await adapter.read()
    if (!data) return null
    return new IndexStore(new Low(adapter, data), access, queue)
  }

  get adapter(): JsonFileAdapter<WorkspaceIndex> {
    return this.db.adapter as JsonFileAdapter<WorkspaceIndex>
  }
  get data(): WorkspaceIndex {
    return this.db.data
  }
  get file(): string {
    return this.adapter.file
  }

  find(id: string): IndexEntry | undefined {
    return this.db.data.documents.find((d) => d.id === id)
  }

  /** Notes a document's span count; the index file follows later (see class comment). */
  noteCount(id: string, count: number): void {
    this.counts.set(id, count)
    const entry = this.find(id)
    if (!entry || entry.span_count === count) return
    entry.span_count = count
    if (!this.access.writable) return
    this.dirty = true
    this.schedule()
  }

  /**
   * The counts are written once edits pause (longer for a larger index), or
   * after MAX_WAIT_MS of steady editing, so the write never competes with edits.
   */
  private schedule(): void {
    const now = Date.now()
    this.firstPending ??= now
    if (this.timer) clearTimeout(this.timer)
    const pause = 200 + this.db.data.documents.length / 10
    const delay = Math.max(0, Math.min(pause, this.firstPending + MAX_WAIT_MS - now))
    this.timer = setTimeout(() => {
      this.timer = null
      void this.flush().catch((error: unknown) => console.error(`spanwright: could not update ${this.file}:`, error))
    }, delay)
    this.timer.unref()
  }

  /** Picks up a change another program made to the file (usually one stat; see JsonFileAdapter.readChanged). */
  refresh(): Promise<void> {
    return this.serial(async () => {
      const disk = await this.adapter.readChanged()
      if (!disk || disk === 'same') return
      try {
        this.db.data = this.withCounts(this.adapter.adopt(disk))
      } catch (error) {
        // Damaged outside: keep working from memory; the next write refuses rather than overwrite it.
        console.error(`spanwright: ${error instanceof Error ? error.message : String(error)}`)
        return
      }
    })
  }

  /** Applies `change` to the index as it is on disk now and writes it durably. */
  update(change: (index: WorkspaceIndex) => void): Promise<void> {
    this.access.requireWritable()
    return this.serial(() => this.write(change))
  }

  /** Writes pending span counts now. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.firstPending = null
    if (!this.dirty || !this.access.writable) return this.serial(async () => undefined)
    return this.serial(() => (this.dirty ? this.write(() => undefined) : Promise.resolve()))
  }

  /** Writes the current data as it is (after a migration or when creating the index). */
  writeAll(): Promise<void> {
    return this.serial(() => this.db.write())
  }

  private async write(change: (index: WorkspaceIndex) => void): Promise<void> {
    let kept = this.db.data
    for (let attempt = 1; ; attempt++) {
      const disk = await this.adapter.readDisk()
      if (disk && disk.hash !== this.adapter.knownHash) {
        try {
          kept = this.withCounts(this.adapter.adopt(disk))
        } catch (error) {
          if (error instanceof SpanwrightError) {
            throw new SpanwrightError(error.code, `${error.message} (changed outside Spanwright; not overwritten)`)
          }
          throw error
        }
      }
      // A fresh object and list, so a change that throws leaves the kept index as it was.
      const next = { ...kept, documents: [...kept.documents] }
      change(next)
      this.db.data = next
      this.dirty = false
      try {
        // Checked again just before the rename: a write from outside meanwhile is read, and the change applied on top of it.
        await this.adapter.writeOver(next, disk)
        return
      } catch (error) {
        this.dirty = true
        if (!(error instanceof ChangedMeanwhile)) throw error
        this.db.data = kept
        if (attempt === 3) throw new SpanwrightError('io', `${this.file} keeps changing while it is saved; the change was not saved`)
      }
    }
  }

  private withCounts(index: WorkspaceIndex): WorkspaceIndex {
    for (const entry of index.documents) {
      const count = this.counts.get(entry.id)
      if (count !== undefined && count !== entry.span_count) {
        entry.span_count = count
        this.dirty = true
      }
    }
    return index
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(INDEX_KEY, task)
  }
}

/** The index's key in the workspace's shared queue (document ids are 16 hex digits, so never this). */
const INDEX_KEY = 'spanwright.json'

/** Steady editing still writes the span counts at least this often. */
const MAX_WAIT_MS = 10_000
