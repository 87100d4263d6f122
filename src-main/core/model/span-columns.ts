/**
 * A document's spans as columns: the form the window receives them in. 10,000
 * span objects with every field are ~2.5 MB to move and ~10,000 objects to
 * parse; as columns they are a few typed arrays and strings. Checked where they
 * arrive by shape and length only (cheap), never span by span through a schema.
 */
import { z } from 'zod'

/** Which typed array each numeric column is. */
export const SPAN_COLUMN_ARRAYS = {
  start: Int32Array,
  end: Int32Array,
  label: Uint16Array,
  annotator: Uint32Array,
  origin: Uint8Array,
  created: Uint32Array,
  updated: Uint32Array,
} as const

export const SpanColumns = z.strictObject({
  count: z.number().int().nonnegative(),
  /** Code points, end exclusive; the span texts are cut from the document's text on arrival. */
  start: z.instanceof(Int32Array),
  end: z.instanceof(Int32Array),
  /** Index into `labels`. */
  label: z.instanceof(Uint16Array),
  labels: z.array(z.string()),
  /** The ids joined by spaces (an id is letters, digits, "_" and "-"). */
  ids: z.string(),
  /** Index into `annotators`. */
  annotator: z.instanceof(Uint32Array),
  annotators: z.array(z.string()),
  /** Index into SPAN_ORIGINS. */
  origin: z.instanceof(Uint8Array),
  /** created_at and updated_at: indexes into `times` (most spans of a document share a few). */
  created: z.instanceof(Uint32Array),
  updated: z.instanceof(Uint32Array),
  times: z.array(z.string()),
  /** Sparse: [span index, attributes] for the spans that have any. */
  attributes: z.array(z.tuple([z.number().int().nonnegative(), z.record(z.string(), z.json())])),
  /** Sparse: [span index, note] for the spans that have one. */
  notes: z.array(z.tuple([z.number().int().nonnegative(), z.string()])),
})
export type SpanColumns = z.infer<typeof SpanColumns>
