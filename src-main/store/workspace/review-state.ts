/**
 * A workspace's review decisions, in `review.json` beside its index: which file
 * it is compared with, and per document A's spans before the first decision
 * (`base`), the gold last written into the document (`gold`) and the decisions.
 * Kept on disk so a review survives a restart; written atomically.
 */
import { join } from 'node:path'
import { z } from 'zod'
import { REVIEW_DECISIONS } from '../../core/compare'
import { DocumentId, Span } from '../../core/model'
import { JsonFileAdapter } from '../files/json-file-adapter'

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

export class ReviewState {
  private constructor(
    private readonly adapter: JsonFileAdapter<ReviewFile>,
    private current: ReviewFile | null,
  ) {}

  static async open(workspaceDir: string): Promise<ReviewState> {
    const adapter = new JsonFileAdapter(join(workspaceDir, REVIEW_FILE), ReviewFile)
    return new ReviewState(adapter, await adapter.read())
  }

  get data(): ReviewFile | null {
    return this.current
  }

  /** The decisions for `other`: those kept on disk when they are for it, else a fresh start. */
  for(other: string): ReviewFile {
    if (this.current?.other !== other) this.current = { schema: 1, other, documents: {} }
    return this.current
  }

  save(): Promise<void> {
    return this.current ? this.adapter.write(this.current) : Promise.resolve()
  }
}
