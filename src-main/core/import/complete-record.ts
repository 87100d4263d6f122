/**
 * Turns a record as read (only `text` and each span's `start`, `end`, `label`
 * required) into a full canonical record: absent fields are computed from the
 * text or take docs/format.md's defaults, present ones are checked against it. A text
 * not stored normalized is normalized once, its spans' offsets moved with it.
 */
import { sha256Hex } from '../hash'
import type { CanonicalRecord, CanonicalRecordInput } from '../model/canonical-record'
import { canonicalSpan, compareSpans, type Span } from '../model/span'
import { createOffsetMap } from '../offsets'
import { documentId, documentTitle, type Normalization } from '../text'
import { tokenize } from '../tokens'
import { normalizeWithMap } from './normalize-map'

export interface RecordDefaults {
  /** The `source` of a record that names none (e.g. `model.jsonl:3`). */
  source: string
  /** The annotator of a record, and of its spans, that name none. */
  annotator: string
  /** The timestamps of a span that has none. */
  now: string
  /** When given, a span whose label is not in this list is a problem. */
  labels?: readonly string[] | undefined
}

export interface CompletedRecord {
  record: CanonicalRecord
  /** What normalizing the text changed (nothing for a stored text), and how many spans moved with it. */
  normalized: Normalization[]
  remapped: number
  /** SHA-256 of the text as the line held it, before normalizing. */
  originalSha256: string
  /** Whether the record named its annotator (an import keeps naming them in exports). */
  namedAnnotator: boolean
}

const OFFSETS = { unit: 'codepoint', end: 'exclusive', normalization: 'NFC' } as const

/** The completed record, or every problem with it. */
export function completeRecord(r: CanonicalRecordInput, d: RecordDefaults): CompletedRecord | string[] {
  if (!r.text.isWellFormed()) return ['text holds a lone surrogate']
  const norm = normalizeWithMap(r.text)
  // tokens and text_sha256 describe a stored text; offsets against another text cannot be trusted to follow it.
  if (norm.normalized.length && (r.tokens !== undefined || r.text_sha256 !== undefined)) {
    return ['text is not stored normalized (NFC, LF line ends, no BOM); only a record without tokens and text_sha256 is normalized on reading']
  }
  const text = norm.text
  const id = documentId(text)
  const sha = sha256Hex(text)
  const out: string[] = []
  if (r.id !== undefined && r.id !== id) out.push(`id ${r.id} is not the first 16 hex digits of the text's SHA-256 (${id})`)
  if (r.text_sha256 !== undefined && r.text_sha256 !== sha) out.push('text_sha256 is not the SHA-256 of the text')
  const raw = createOffsetMap(r.text)
  const map = norm.normalized.length ? createOffsetMap(text) : raw
  const annotator = r.annotator ?? d.annotator
  const spans: Span[] = []
  const ids = new Map<string, number>()
  let remapped = 0
  r.spans.forEach((s, k) => {
    const where = `span ${k + 1} (${s.id === undefined ? '' : `${s.id}, `}${s.start}..${s.end})`
    if (s.start >= s.end || s.end > raw.length) {
      out.push(`${where}: offsets fall outside the text (0..${raw.length}) or are empty`)
      return
    }
    // The span's text is what the writer saw: the line's own text, before normalizing.
    const actual = raw.slice(s.start, s.end)
    if (s.text !== undefined && s.text !== actual) out.push(`${where}: text ${JSON.stringify(s.text)} does not match text[start:end] ${JSON.stringify(actual)}`)
    if (d.labels && !d.labels.includes(s.label)) out.push(`${where}: unknown label "${s.label}" (known: ${d.labels.join(', ')})`)
    const start = norm.map(s.start)
    const end = norm.map(s.end)
    if (start === null || end === null) {
      out.push(`${where}: cuts through a character (grapheme cluster), so it cannot follow the text's normalization (${norm.normalized.join(', ')})`)
      return
    }
    if (start !== s.start || end !== s.end) remapped++
    const spanId = s.id ?? computedSpanId(id, start, end, s.label)
    const first = ids.get(spanId)
    if (first !== undefined) {
      out.push(s.id === undefined ? `${where}: the same span (start, end, label) as span ${first}` : `${where}: the span id appears twice`)
      return
    }
    ids.set(spanId, k + 1)
    const created = s.created_at ?? d.now
    spans.push(
      canonicalSpan({
        id: spanId,
        start,
        end,
        label: s.label,
        text: map.slice(start, end),
        attributes: s.attributes ?? {},
        note: s.note ?? '',
        annotator: s.annotator ?? annotator,
        origin: s.origin ?? 'imported',
        created_at: created,
        updated_at: s.updated_at ?? created,
      }),
    )
  })
  if (out.length) return out
  const source = r.source ?? d.source
  const record: CanonicalRecord = {
    id,
    title: r.title ?? documentTitle(text, source),
    source,
    text,
    text_sha256: sha,
    offsets: r.offsets ?? OFFSETS,
    annotator,
    status: r.status ?? 'todo',
    tokens: r.tokens ?? tokenize(text, map),
    spans: spans.sort(compareSpans),
  }
  return { record, normalized: norm.normalized, remapped, originalSha256: norm.normalized.length ? sha256Hex(r.text) : sha, namedAnnotator: r.annotator !== undefined }
}

/**
 * A span id from what the span is (in the stored text), so the same record
 * always gets the same ids and two files holding one span agree on it.
 */
export function computedSpanId(docId: string, start: number, end: number, label: string): string {
  return sha256Hex(`${docId}:${start}:${end}:${label}`).slice(0, 16)
}
