import { z } from 'zod'
import { SCHEMA_VERSIONS } from './schema-version'
import { DOCUMENT_STATUSES } from './document-status'
import { Span } from './span'

export const DocumentId = z.string().regex(/^[0-9a-f]{16}$/, 'a document id is 16 lower-case hex digits')

export { DOCUMENT_STATUSES } from './document-status'
export const DocumentStatus = z.enum(DOCUMENT_STATUSES)
export type DocumentStatus = z.infer<typeof DocumentStatus>

export const ImportRecord = z.strictObject({
  normalized: z.array(z.enum(['nfc', 'lf', 'bom'])),
  original_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  imported_at: z.iso.datetime(),
  /**
   * The annotator a canonical record named, when it came from someone else's
   * export: exports keep naming them, so export → import → export is byte-identical.
   */
  annotator: z.string().optional(),
})
export type ImportRecord = z.infer<typeof ImportRecord>

const isOffset = (n: unknown): boolean => Number.isSafeInteger(n) && (n as number) >= 0

/**
 * [start, end) pairs of whole numbers, checked in one loop that names the first
 * bad pair: as zod tuples they took a third of a cold export (800 a document).
 */
const TokenList = z
  .custom<Array<[number, number]>>(Array.isArray, 'tokens are a list of [start, end] pairs')
  .superRefine((list, ctx) => {
    const at = list.findIndex((t: unknown) => !Array.isArray(t) || t.length !== 2 || !isOffset(t[0]) || !isOffset(t[1]))
    if (at >= 0) ctx.addIssue({ code: 'custom', path: [at], message: 'a token is [start, end]: two whole numbers, 0 or more' })
  })

/** One document as its own file holds it: the text and its spans. */
export const DocumentFile = z.strictObject({
  schema: z.literal(SCHEMA_VERSIONS.document),
  id: DocumentId,
  title: z.string(),
  source: z.string(),
  text: z.string(),
  text_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  import: ImportRecord,
  /**
   * [start, end) of every token. Text never changes after import, so tokens are
   * computed once and stored: segmenting is the slowest step of an export.
   */
  tokens: TokenList,
  spans: z.array(Span),
})
export type DocumentFile = z.infer<typeof DocumentFile>
