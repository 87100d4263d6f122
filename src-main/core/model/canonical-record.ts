import { z } from 'zod'
import { DocumentId, DocumentStatus } from './document'
import { LabelId } from './label'
import { Span } from './span'

const Offset = z.number().int().nonnegative()

/** One line of a canonical `.jsonl` export (docs/format.md), as read back. */
export const CanonicalRecord = z.strictObject({
  id: DocumentId,
  title: z.string(),
  source: z.string(),
  text: z.string(),
  text_sha256: z.string().regex(/^[0-9a-f]{64}$/, 'text_sha256 is 64 lower-case hex digits'),
  offsets: z.strictObject({ unit: z.literal('codepoint'), end: z.literal('exclusive'), normalization: z.literal('NFC') }),
  annotator: z.string(),
  status: DocumentStatus,
  tokens: z.array(z.tuple([Offset, Offset])),
  spans: z.array(Span),
})
export type CanonicalRecord = z.infer<typeof CanonicalRecord>

/**
 * What a reader accepts (docs/format.md): only `text` and each span's `start`, `end`
 * and `label` are required, the minimum a script writing model output produces;
 * every other field is computed or defaulted when absent, checked when present.
 */
export const CanonicalRecordInput = CanonicalRecord.partial().extend({
  text: z.string(),
  /**
   * The labels this record annotates completely (a span of them absent is a true
   * negative), as gold files name them. Read and accepted; Spanwright compares every label.
   */
  complete_labels: z.array(LabelId).optional(),
  spans: z.array(Span.partial().extend({ start: Span.shape.start, end: Span.shape.end, label: Span.shape.label })),
})
export type CanonicalRecordInput = z.infer<typeof CanonicalRecordInput>
export type CanonicalSpanInput = CanonicalRecordInput['spans'][number]
