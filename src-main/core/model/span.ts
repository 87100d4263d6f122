import { z } from 'zod'
import { LabelId } from './label'

export const SPAN_ORIGINS = ['manual', 'suggested', 'imported', 'merged'] as const
export const SpanOrigin = z.enum(SPAN_ORIGINS)
export type SpanOrigin = z.infer<typeof SpanOrigin>

export const SpanId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a span id is 1-64 letters, digits, "_" or "-"')

const Offset = z.number().int().nonnegative()
const Timestamp = z.iso.datetime()

/** A span as stored and exported; offsets are code points, end exclusive (docs/format.md). */
export const Span = z.strictObject({
  id: SpanId,
  start: Offset,
  end: Offset,
  label: LabelId,
  text: z.string(),
  attributes: z.record(z.string(), z.json()),
  note: z.string(),
  annotator: z.string(),
  origin: SpanOrigin,
  created_at: Timestamp,
  updated_at: Timestamp,
})
export type Span = z.infer<typeof Span>

/** Builds a span with keys in the contract's order, so serialization is stable. */
export function canonicalSpan(s: Span): Span {
  return {
    id: s.id,
    start: s.start,
    end: s.end,
    label: s.label,
    text: s.text,
    attributes: sortKeys(s.attributes),
    note: s.note,
    annotator: s.annotator,
    origin: s.origin,
    created_at: s.created_at,
    updated_at: s.updated_at,
  }
}

type Json = Span['attributes'][string]

function sortKeys<T extends Json | Record<string, Json>>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v)) as T
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, Json> = {}
  for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, Json>)[k] as Json)
  return out as T
}

export { compareSpans } from './span-order'
