import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { z } from 'zod'
import { writeFileAtomic, isCode } from './atomic-write'
import { MAX_INPUT_BYTES, notRegularMessage, RefusedRead, tooLargeMessage } from './bounded-read'
import { formatCanonicalJson } from './canonical-json'
import { parseVersioned, plainFormat, type FileFormat } from './file-format'

/** A file's bytes as they are on disk now, and their SHA-256. */
export interface DiskContent {
  text: string
  hash: string
  /** The file's stat, taken just before its bytes were read. */
  stamp?: FileStamp
}

/** What stat says of a file: any write, rename or replacement changes it (ctime cannot be set back). */
export interface FileStamp {
  key: string
  /** When the file last changed (ms since the epoch) and when this stamp was taken. */
  changedAt: number
  takenAt: number
}

/**
 * A stamp taken this soon after the file's last change is not trusted: another
 * write within the file system's timestamp granularity could leave the same
 * stamp (git's "racily clean" entries). The bytes are hashed instead.
 */
export const RACY_MS = 2000

async function stampOf(file: string, now: () => number): Promise<FileStamp> {
  const takenAt = now()
  const s = await stat(file, { bigint: true })
  // Reading a FIFO put in a document's place would never end; a huge file would not fit in memory.
  if (!s.isFile()) throw new RefusedRead('invalid_file', file, notRegularMessage)
  if (s.size > BigInt(MAX_INPUT_BYTES)) throw new RefusedRead('invalid_file', file, tooLargeMessage(Number(s.size), MAX_INPUT_BYTES))
  return { key: `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`, changedAt: Number(s.ctimeNs / 1_000_000n), takenAt }
}

/** Thrown by JsonFileAdapter.writeOver when the file no longer holds what the caller read: nothing was written. */
export class ChangedMeanwhile extends Error {
  constructor(file: string) {
    super(`${file} changed while it was being written`)
    this.name = 'ChangedMeanwhile'
  }
}

export const hashText = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

/**
 * lowdb adapter for one of Spanwright's files: versioned and validated on read,
 * written atomically and durably, one write at a time. Writes that arrive while
 * one is running are coalesced: only the newest data is written next, and every
 * caller waits for a write that includes its data.
 *
 * It remembers the hash of what it last read or wrote (`knownHash`), so a caller
 * can tell whether another program changed the file since (see readDisk).
 */
export class JsonFileAdapter<T extends Record<string, unknown>> implements Adapter<T> {
  knownHash: string | null = null
  /** The stamp of the file when `knownHash` was read from it; null after this process wrote it. */
  knownStamp: FileStamp | null = null
  /** Set by the last read when the file had an older schema: its original text, kept for the backup. */
  migratedFrom: { version: number; text: string } | null = null
  readonly format: FileFormat<T>
  private running: Promise<void> | null = null
  private pending: { data: T; done: Promise<void> } | null = null

  constructor(
    readonly file: string,
    format: FileFormat<T> | z.ZodType<T>,
    private readonly now: () => number = Date.now,
  ) {
    this.format = format instanceof z.ZodType ? plainFormat(format) : format
  }

  async read(): Promise<T | null> {
    const disk = await this.readDisk()
    return disk ? this.adopt(disk) : null
  }

  /** The file's current bytes, or null when there is no file. Changes nothing. */
  async readDisk(): Promise<DiskContent | null> {
    let text: string
    let stamp: FileStamp
    try {
      // Stat first: a write landing during the read changes the file after its stamp, so it is seen next time.
      stamp = await stampOf(this.file, this.now)
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null
      throw error
    }
    return { text, hash: hashText(text), stamp }
  }

  /**
   * True when the file certainly still holds what `knownHash` was read from: its
   * stamp is the one taken then, and that stamp was taken well after the file's
   * last change. False means "read and hash it", not "it changed".
   */
  async unchangedSinceRead(): Promise<boolean> {
    const known = this.knownStamp
    if (!known || known.takenAt - known.changedAt < RACY_MS) return false
    try {
      return (await stampOf(this.file, this.now)).key === known.key
    } catch {
      return false
    }
  }

  /**
   * What the file holds now when that is not what this adapter last read or
   * wrote, else 'same' (told by its stat when that can, else by its bytes, and
   * then the stat is taken as known); null when there is no file.
   */
  async readChanged(): Promise<DiskContent | 'same' | null> {
    if (await this.unchangedSinceRead()) return 'same'
    const disk = await this.readDisk()
    if (!disk || disk.hash !== this.knownHash) return disk
    this.knownStamp = disk.stamp ?? null
    return 'same'
  }

  /** Parses `disk` (throws on damage, leaving what is known unchanged) and takes it as what the file holds. */
  adopt(disk: DiskContent): T {
    const parsed = parseVersioned(disk.text, this.file, this.format)
    this.knownHash = disk.hash
    this.knownStamp = disk.stamp ?? null
    this.migratedFrom = parsed.migratedFrom === null ? null : { version: parsed.migratedFrom, text: disk.text }
    return parsed.data
  }

  /** Parses `text` as this file's format without taking it as known. */
  parse(text: string): T {
    return parseVersioned(text, this.file, this.format).data
  }

  /**
   * Writes `data` only if the file still holds `seen` (what the caller read and
   * checked; null: no file), checked once more just before the rename: by its
   * stat when that can be trusted, else by its bytes. Throws ChangedMeanwhile,
   * writing nothing, when another program wrote it in between. Only a write in
   * the microseconds between that last check and the rename can still be missed.
   */
  async writeOver(data: T, seen: DiskContent | null): Promise<void> {
    while (this.running || this.pending) await (this.pending?.done ?? this.running)?.catch(() => undefined)
    await this.start(data, () => this.stillHolds(seen))
  }

  private async stillHolds(seen: DiskContent | null): Promise<void> {
    let stamp: FileStamp | null
    try {
      stamp = await stampOf(this.file, this.now)
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw error
      stamp = null
    }
    if (!stamp || !seen) {
      if (stamp || seen) throw new ChangedMeanwhile(this.file)
      return
    }
    const known = seen.stamp
    if (known && stamp.key === known.key && known.takenAt - known.changedAt >= RACY_MS) return
    const text = await readFile(this.file, 'utf8').catch((error: unknown) => (isCode(error, 'ENOENT') ? null : Promise.reject(error)))
    if (text === null || hashText(text) !== seen.hash) throw new ChangedMeanwhile(this.file)
  }

  write(data: T): Promise<void> {
    if (this.pending) {
      this.pending.data = data
      return this.pending.done
    }
    if (!this.running) return this.start(data)
    const running = this.running
    const slot: { data: T; done: Promise<void> } = { data, done: Promise.resolve() }
    slot.done = running.catch(() => undefined).then(() => {
      this.pending = null
      return this.start(slot.data)
    })
    this.pending = slot
    return slot.done
  }

  private start(data: T, check?: () => Promise<void>): Promise<void> {
    const text = formatCanonicalJson(data)
    const run = writeFileAtomic(this.file, text, check ? { beforeRename: check } : {})
      .then(() => {
        this.knownHash = hashText(text)
        // A stat taken now could already be another writer's: the next read hashes the bytes.
        this.knownStamp = null
        this.migratedFrom = null
      })
      .finally(() => {
        if (this.running === run) this.running = null
      })
    this.running = run
    return run
  }
}
