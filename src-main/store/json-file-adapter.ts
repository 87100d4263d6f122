import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { z } from 'zod'
import { SpanwrightError } from '../core/errors'
import { writeFileAtomic, isCode } from './atomic-write'
import { formatCanonicalJson } from './canonical-json'
import { parseJsonFile } from './parse-json'

/**
 * lowdb adapter for one of Spanwright's files: validated on read, written
 * atomically and durably, one write at a time. Writes that arrive while one is
 * running are coalesced: only the newest data is written next, and every caller
 * waits for a write that includes its data.
 */
export class JsonFileAdapter<T extends Record<string, unknown>> implements Adapter<T> {
  private running: Promise<void> | null = null
  private pending: { data: T; done: Promise<void> } | null = null

  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null
      throw error
    }
    const parsed = this.schema.safeParse(parseJsonFile(text, this.file))
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
      throw new SpanwrightError('invalid_file', `${this.file}: does not match the format${where}: ${issue?.message ?? 'invalid'}`)
    }
    return parsed.data
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
    const run = writeFileAtomic(this.file, formatCanonicalJson(data)).finally(() => {
      if (this.running === run) this.running = null
    })
    this.running = run
    return run
  }
}
