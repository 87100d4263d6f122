/**
 * Pure edits of a document file. Each returns a new document and never mutates its input.
 */
import { SpanwrightError } from './errors'
import { sha256Hex } from './hash'
import type { DocumentFile } from './model/document'
import type { Label } from './model/label'
import { compareSpans, type Span } from './model/span'
import { createOffsetMap } from './offsets'
import { snapRange, spanBoundsProblem, type SnapMode } from './snap'
import { documentId, documentTitle, type ImportedText } from './text'
import { tokenize } from './tokens'

export interface EditContext {
  now: string
  annotator: string
  labels: readonly Label[]
}

export function newDocument(imported: ImportedText, source: string, now: string): DocumentFile {
  return {
    schema: 1,
    id: documentId(imported.text),
    title: documentTitle(imported.text, source),
    source,
    text: imported.text,
    text_sha256: sha256Hex(imported.text),
    import: { normalized: imported.normalized, original_sha256: imported.originalSha256, imported_at: now },
    tokens: tokenize(imported.text),
    spans: [],
  }
}

export interface NewSpan {
  start: number
  end: number
  label: string
  /** 'token' widens to whole tokens (the default); 'exact' keeps the characters, whole graphemes only. */
  snap: SnapMode
}

export function addSpan(doc: DocumentFile, input: NewSpan, id: string, ctx: EditContext): { doc: DocumentFile; span: Span } {
  requireLabel(ctx.labels, input.label)
  const map = createOffsetMap(doc.text)
  if (!Number.isInteger(input.start) || !Number.isInteger(input.end)) {
    throw new SpanwrightError('invalid_argument', `offsets ${input.start}..${input.end} must be whole numbers`)
  }
  if (input.start < 0 || input.end > map.length || input.start > input.end) {
    throw new SpanwrightError('invalid_argument', `offsets ${input.start}..${input.end} fall outside the text (0..${map.length})`)
  }
  const range = snapRange(map, input.start, input.end, input.snap)
  if (!range) throw new SpanwrightError('invalid_argument', 'the selection holds only whitespace')
  const [start, end] = range
  const problem = spanBoundsProblem(map, start, end)
  if (problem) throw new SpanwrightError('invalid_argument', problem)
  const duplicate = doc.spans.find((s) => s.start === start && s.end === end && s.label === input.label)
  if (duplicate) return { doc, span: duplicate }
  const span: Span = {
    id,
    start,
    end,
    label: input.label,
    text: map.slice(start, end),
    attributes: {},
    note: '',
    annotator: ctx.annotator,
    origin: 'manual',
    created_at: ctx.now,
    updated_at: ctx.now,
  }
  return { doc: { ...doc, spans: [...doc.spans, span].sort(compareSpans) }, span }
}

export function relabelSpan(doc: DocumentFile, spanId: string, label: string, ctx: EditContext): { doc: DocumentFile; span: Span } {
  requireLabel(ctx.labels, label)
  const old = findSpan(doc, spanId)
  if (old.label === label) return { doc, span: old }
  if (doc.spans.some((s) => s.start === old.start && s.end === old.end && s.label === label)) {
    throw new SpanwrightError('invalid_argument', `"${old.text}" already has a ${label} span at ${old.start}..${old.end}`)
  }
  const span: Span = { ...old, label, updated_at: ctx.now }
  const spans = doc.spans.map((s) => (s.id === spanId ? span : s)).sort(compareSpans)
  return { doc: { ...doc, spans }, span }
}

export function removeSpan(doc: DocumentFile, spanId: string): DocumentFile {
  findSpan(doc, spanId)
  return { ...doc, spans: doc.spans.filter((s) => s.id !== spanId) }
}

function findSpan(doc: DocumentFile, spanId: string): Span {
  const span = doc.spans.find((s) => s.id === spanId)
  if (!span) throw new SpanwrightError('not_found', `document ${doc.id} has no span ${spanId}`)
  return span
}

function requireLabel(labels: readonly Label[], id: string): void {
  if (!labels.some((l) => l.id === id)) {
    throw new SpanwrightError('invalid_argument', `unknown label "${id}"; the workspace has ${labels.map((l) => l.id).join(', ')}`)
  }
}
