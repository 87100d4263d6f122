import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { z } from 'zod'
import { writeFileAtomic, isCode } from './atomic-write'
import { formatCanonicalJson } from './canonical-json'
import { parseVersioned, plainFormat, type FileFormat } from './file-format'

/** A file's bytes as they are on disk now, and their SHA-256. */
export interface DiskContent {
  text: string
  hash: string
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
  /** Set by the last read when the file had an older schema: its original text, kept for the backup. */
  migratedFrom: { version: number; text: string } | null = null
  readonly format: FileFormat<T>
  private running: Promise<void> | null = null
  private pending: { data: T; done: Promise<void> } | null = null

  constructor(
    readonly file: string,
    format: FileFormat<T> | z.ZodType<T>,
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
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null
      throw error
    }
    return { text, hash: hashText(text) }
  }

  /** Parses `disk` (throws on damage, leaving what is known unchanged) and takes it as what the file holds. */
  adopt(disk: DiskContent): T {
    const parsed = parseVersioned(disk.text, this.file, this.format)
    this.knownHash = disk.hash
    this.migratedFrom = parsed.migratedFrom === null ? null : { version: parsed.migratedFrom, text: disk.text }
    return parsed.data
  }

  /** Parses `text` as this file's format without taking it as known. */
  parse(text: string): T {
    return parseVersioned(text, this.file, this.format).data
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

  private start(data: T): Promise<void> {
    const text = formatCanonicalJson(data)
    const run = writeFileAtomic(this.file, text)
      .then(() => {
        this.knownHash = hashText(text)
        this.migratedFrom = null
      })
      .finally(() => {
        if (this.running === run) this.running = null
      })
    this.running = run
    return run
  }
}
