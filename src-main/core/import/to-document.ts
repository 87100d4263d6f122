/**
 * Turns what a reader found into a document file: checks each span against the
 * text it came with, normalizes the text (docs/format.md) and carries the spans
 * along, then checks them as the contract requires.
 */
import { newDocument } from '../new-document'
import { sha256Hex } from '../hash'
import type { DocumentFile, DocumentStatus } from '../model/document'
import { compareSpans, SpanId, SpanOrigin, type Span } from '../model/span'
import { createOffsetMap, type OffsetMap } from '../offsets'
import { spanBoundsProblem } from '../snap'
import type { Normalization } from '../text'
import { normalizeWithMap } from './normalize-map'
import type { Problem } from './problems'
import type { ImportedDoc, ImportedSpan } from './types'

export interface BuildContext {
  now: string
  /** Recorded on spans that name no annotator. */
  annotator: string
  /** Known label ids; a span with another label is a problem. null: any label (validating a file alone). */
  labels: readonly string[] | null
  newId(): string
}

export interface BuiltDocument {
  file: string
  line: number
  doc: DocumentFile
  status: DocumentStatus
  /** Normalizations that changed the text, and how many spans moved with it. */
  normalized: Normalization[]
  remapped: number
  /** Changes made to spans that are not faults (trimmed whitespace, a repeated span). */
  notices: Problem[]
}

export type BuildResult = { ok: true; built: BuiltDocument } | { ok: false; problems: Problem[] }

export function buildDocument(input: ImportedDoc, ctx: BuildContext): BuildResult {
  const at = (message: string): Problem => ({ file: input.file, line: input.line, message })
  if (!input.text.isWellFormed()) return { ok: false, problems: [at('the text holds a lone surrogate (not valid Unicode)')] }
  const raw = createOffsetMap(input.text)
  const problems = input.spans.flatMap((s, k) => rawSpanProblems(raw, s, ctx.labels).map((m) => at(`${where(s, k)}: ${m}`)))
  if (problems.length) return { ok: false, problems }

  const norm = normalizeWithMap(input.text)
  const map = createOffsetMap(norm.text)
  const notices: Problem[] = []
  const spans: Span[] = []
  const ids = new Set<string>()
  const seen = new Set<string>()
  let remapped = 0
  input.spans.forEach((s, k) => {
    let start = norm.map(s.start)
    let end = norm.map(s.end)
    if (start === null || end === null) {
      problems.push(at(`${where(s, k)}: cuts through a character (grapheme cluster), so it cannot follow the text's normalization`))
      return
    }
    if (start !== s.start || end !== s.end) remapped++
    const trimmed = trimSpace(map, start, end)
    if (!trimmed) {
      problems.push(at(`${where(s, k)}: holds only whitespace`))
      return
    }
    if (trimmed[0] !== start || trimmed[1] !== end) notices.push(at(`${where(s, k)}: whitespace at its ends left out (now ${trimmed[0]}..${trimmed[1]})`))
    ;[start, end] = trimmed
    const bad = spanBoundsProblem(map, start, end)
    if (bad) {
      problems.push(at(`${where(s, k)}: ${bad}`))
      return
    }
    const key = `${start}:${end}:${s.label}`
    if (seen.has(key)) {
      notices.push(at(`${where(s, k)}: the same span appears earlier; kept once`))
      return
    }
    seen.add(key)
    spans.push(spanOf(s, start, end, map, ids, ctx))
  })
  if (problems.length) return { ok: false, problems }

  const doc = newDocument({ text: norm.text, normalized: norm.normalized, originalSha256: sha256Hex(input.text) }, input.source, ctx.now)
  return {
    ok: true,
    built: {
      file: input.file,
      line: input.line,
      doc: { ...doc, spans: spans.sort(compareSpans) },
      status: input.status ?? 'todo',
      normalized: norm.normalized,
      remapped,
      notices,
    },
  }
}

const where = (s: ImportedSpan, k: number): string => `span ${k + 1} (${s.start}..${s.end} ${s.label})`

function rawSpanProblems(raw: OffsetMap, s: ImportedSpan, labels: readonly string[] | null): string[] {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= raw.length)) {
    return [`offsets fall outside the text (0..${raw.length}) or the span is empty`]
  }
  const out: string[] = []
  const actual = raw.slice(s.start, s.end)
  if (s.text !== undefined && s.text !== actual) out.push(`text ${JSON.stringify(s.text)} does not match text[start:end] ${JSON.stringify(actual)}`)
  if (labels && !labels.includes(s.label)) out.push(`unknown label "${s.label}" (known: ${labels.join(', ')})`)
  return out
}

function trimSpace(map: OffsetMap, start: number, end: number): [number, number] | null {
  const space = (i: number): boolean => /^\s$/u.test(map.slice(i, i + 1))
  while (start < end && space(start)) start++
  while (end > start && space(end - 1)) end--
  return start < end ? [start, end] : null
}

function spanOf(s: ImportedSpan, start: number, end: number, map: OffsetMap, ids: Set<string>, ctx: BuildContext): Span {
  let id = s.id !== undefined && SpanId.safeParse(s.id).success && !ids.has(s.id) ? s.id : ctx.newId()
  while (ids.has(id)) id = ctx.newId()
  ids.add(id)
  const created = s.created_at ?? ctx.now
  return {
    id,
    start,
    end,
    label: s.label,
    text: map.slice(start, end),
    attributes: s.attributes ?? {},
    note: s.note ?? '',
    annotator: s.annotator ?? ctx.annotator,
    origin: s.origin && SpanOrigin.safeParse(s.origin).success ? s.origin : 'imported',
    created_at: created,
    updated_at: s.updated_at ?? created,
  }
}
