/**
 * A workspace's review decisions, in `review.json` beside its index: which file
 * it is compared with, and per document A's spans before the first decision
 * (`base`), the gold last written into the document (`gold`) and the decisions.
 * Kept on disk so a review survives a restart; written atomically.
 */
import { realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { REVIEW_DECISIONS } from '../../core/compare'
import { SpanwrightError } from '../../core/errors'
import { DocumentId, Span } from '../../core/model'
import { ChangedMeanwhile, JsonFileAdapter } from '../files/json-file-adapter'
import { sharedQueue, type KeyedQueue } from '../files/keyed-queue'

export const REVIEW_FILE = 'review.json'

const DocumentReview = z.strictObject({
  base: z.array(Span),
  gold: z.array(Span),
  decisions: z.record(z.string(), z.enum(REVIEW_DECISIONS)),
})
export type DocumentReview = z.infer<typeof DocumentReview>

export const ReviewFile = z.strictObject({
  schema: z.literal(1),
  /** Absolute path of the other side. */
  other: z.string(),
  documents: z.record(DocumentId, DocumentReview),
})
export type ReviewFile = z.infer<typeof ReviewFile>

/** review.json's key in the workspace's shared queue. */
const REVIEW_KEY = REVIEW_FILE

/**
 * Two openings of one workspace in a process (two windows) take turns at the
 * file: each change re-reads it and is applied on top, so both keep their decisions.
 */
export class ReviewState {
  private constructor(
    private readonly adapter: JsonFileAdapter<ReviewFile>,
    private readonly queue: KeyedQueue,
    private current: ReviewFile | null,
  ) {}

  static async open(workspaceDir: string): Promise<ReviewState> {
    const adapter = new JsonFileAdapter(join(workspaceDir, REVIEW_FILE), ReviewFile)
    return new ReviewState(adapter, sharedQueue(await realpath(workspaceDir)), await adapter.read())
  }

  get data(): ReviewFile | null {
    return this.current
  }

  /** Takes in what another opening wrote since (usually one stat). */
  refresh(): Promise<void> {
    return this.queue.run(REVIEW_KEY, async () => {
      const disk = await this.adapter.readChanged()
      if (disk && disk !== 'same') this.current = this.adapter.adopt(disk)
    })
  }

  /** The decisions for `other`: those kept on disk when they are for it, else a fresh start. */
  for(other: string): ReviewFile {
    if (this.current?.other !== other) this.current = fresh(other)
    return this.current
  }

  /**
   * Applies `change` to the decisions for `other` as the file holds them now
   * (another opening's included) and writes the result; nothing is written when
   * `change` throws. One change at a time per workspace in this process.
   */
  update<T>(other: string, change: (file: ReviewFile) => Promise<T>): Promise<T> {
    return this.queue.run(REVIEW_KEY, async () => {
      const disk = await this.adapter.readDisk()
      const base = disk && disk.hash !== this.adapter.knownHash ? this.adapter.adopt(disk) : this.current
      const file = base?.other === other ? structuredClone(base) : fresh(other)
      const result = await change(file)
      try {
        await this.adapter.writeOver(file, disk)
      } catch (error) {
        if (!(error instanceof ChangedMeanwhile)) throw error
        throw new SpanwrightError('io', `${this.adapter.file} was changed by another program while a decision was saved; the decision was not kept`)
      }
      this.current = file
      return result
    })
  }
}

const fresh = (other: string): ReviewFile => ({ schema: 1, other, documents: {} })
