import { createHash } from 'node:crypto'
import { readFile as readFileCallback } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { promisify } from 'node:util'
import type { Adapter } from 'lowdb'
import { z } from 'zod'
import { writeFileAtomic, isCode } from './atomic-write'
import { MAX_INPUT_BYTES, notRegularMessage, RefusedRead, tooLargeMessage } from './bounded-read'
import { encodeCanonicalJson, sha256Hex, type Encoded } from './canonical-encoder'
import { parseVersioned, plainFormat, type FileFormat } from './file-format'

/** A file's bytes as they are on disk now; their text and SHA-256 are worked out when first asked for. */
export interface DiskContent {
  readonly bytes: Buffer
  readonly text: string
  readonly hash: string
  /** The file's stat, taken just before its bytes were read. */
  stamp?: FileStamp
}

export function diskContent(bytes: Buffer, stamp?: FileStamp): DiskContent {
  let text: string | undefined
  let hash: string | undefined
  return {
    bytes,
    stamp,
    get text() {
      return (text ??= bytes.toString('utf8'))
    },
    get hash() {
      return (hash ??= sha256Hex(bytes))
    },
  }
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
 * stamp (git's "racily clean" entries). The bytes are read and compared instead.
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

/** Bytes by the callback API: fs/promises' readFile costs several times more (see DocumentStore.readOnce). */
const readBytes = promisify(readFileCallback)

/** How a file's data becomes its bytes and their hash: formatCanonicalJson, or a CanonicalEncoder that keeps what it encoded. */
export type Encode<T> = (data: T) => Encoded

/** From this size on, the last check before a rename reads into a buffer kept for it (a fresh one of megabytes costs more in page faults than the read). */
const REUSE_BYTES = 256 * 1024

/** The file's bytes, read into `scratch` when it is large enough (then valid until its next use); null when there is no file. */
async function readReusing(file: string, scratch: { buffer: Buffer | null }): Promise<Buffer | null> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null
    throw error
  }
  try {
    const { size } = await handle.stat()
    if (size < REUSE_BYTES) return await handle.readFile()
    if (!scratch.buffer || scratch.buffer.length < size + 1) scratch.buffer = Buffer.allocUnsafeSlow(Math.ceil(size * 1.25) + 1)
    const into = scratch.buffer
    let length = 0
    // Read until the end: a file that grew since the stat shows as longer, never cut to the old size.
    for (;;) {
      if (length === into.length) return Buffer.concat([into, await handle.readFile()])
      const { bytesRead } = await handle.read(into, length, into.length - length, null)
      if (bytesRead === 0) return into.subarray(0, length)
      length += bytesRead
    }
  } finally {
    await handle.close()
  }
}

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
  /** The bytes `knownHash` is the hash of: comparing them costs a fraction of hashing the file again. */
  private knownBytes: Buffer | null = null
  private readonly scratch: { buffer: Buffer | null } = { buffer: null }
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
    private readonly encode: Encode<T> = encodeCanonicalJson,
  ) {
    this.format = format instanceof z.ZodType ? plainFormat(format) : format
  }

  async read(): Promise<T | null> {
    const disk = await this.readDisk()
    return disk ? this.adopt(disk) : null
  }

  /** The file's current bytes, or null when there is no file. Changes nothing. */
  async readDisk(): Promise<DiskContent | null> {
    let bytes: Buffer
    let stamp: FileStamp
    try {
      // Stat first: a write landing during the read changes the file after its stamp, so it is seen next time.
      stamp = await stampOf(this.file, this.now)
      bytes = await readBytes(this.file)
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null
      throw error
    }
    return diskContent(bytes, stamp)
  }

  /** True when `disk` holds what this adapter last read or wrote. */
  knows(disk: DiskContent): boolean {
    return this.knownBytes ? disk.bytes.equals(this.knownBytes) : disk.hash === this.knownHash
  }

  /** What this adapter last read or wrote, as the file should still hold it; null when it knows no bytes. */
  known(): DiskContent | null {
    return this.knownBytes && diskContent(this.knownBytes, this.knownStamp ?? undefined)
  }

  /** Takes `disk` as what the file holds (its data is the kept data, or the same data in other bytes). */
  know(disk: DiskContent): void {
    this.knownHash = disk.hash
    this.knownBytes = disk.bytes
    this.knownStamp = disk.stamp ?? null
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
    if (!disk || !this.knows(disk)) return disk
    this.knownStamp = disk.stamp ?? null
    return 'same'
  }

  /** Parses `disk` (throws on damage, leaving what is known unchanged) and takes it as what the file holds. */
  adopt(disk: DiskContent): T {
    const parsed = parseVersioned(disk.text, this.file, this.format)
    this.know(disk)
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
    const bytes = await readReusing(this.file, this.scratch)
    if (bytes === null || !bytes.equals(seen.bytes)) throw new ChangedMeanwhile(this.file)
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
    const { bytes, hash } = this.encode(data)
    const run = writeFileAtomic(this.file, bytes, check ? { beforeRename: check } : {})
      .then(
        () => {
          this.knownHash = hash
          this.knownBytes = bytes
          // A stat taken now could already be another writer's: the next read compares the bytes.
          this.knownStamp = null
          this.migratedFrom = null
        },
        (error: unknown) => {
          // An encoder writes into its buffers in turn: the next attempt may reuse the one the known bytes are in.
          if (this.knownBytes) this.knownBytes = Buffer.from(this.knownBytes)
          throw error
        },
      )
      .finally(() => {
        if (this.running === run) this.running = null
      })
    this.running = run
    return run
  }
}
