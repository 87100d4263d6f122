/**
 * Applies a list of span edits as one step: all of them, or (with an error that
 * names the edit) none. The service runs it before its one write; the window runs
 * the same function to show the edit at once, so both agree on the result.
 */
import { SpanwrightError } from './errors'
import type { Label } from './model/label'
import type { Span } from './model/span'
import { compareSpans, spanPosition } from './model/span-order'
import type { NewSpan, SpanEdit, SpanUpdate } from './model/span-edit'
import type { OffsetMap } from './offsets'
import { spanBoundsProblem } from './snap'
import { attributesProblem } from './span-attributes'

export interface SpanEditContext {
  now: string
  annotator: string
  labels: readonly Label[]
  /** Names the document in messages. */
  docId?: string
}

export interface SpanEditResult {
  /** Every span after the edits, in docs/format.md's order. */
  spans: Span[]
  /** Added or updated spans, as they now are. */
  changed: Span[]
  /** Ids of removed spans (not re-added by a later edit of the list). */
  removed: string[]
}

const invalid = (message: string): SpanwrightError => new SpanwrightError('invalid_argument', message)

/** Up to this many edits, a span is found by id with a scan; more build an index once (10,000 ids cost milliseconds to hash). */
const SCAN_EDITS = 16

export function applySpanEdits(map: OffsetMap, spans: readonly Span[], edits: readonly SpanEdit[], ctx: SpanEditContext): SpanEditResult {
  const where = ctx.docId ? `document ${ctx.docId}` : 'the document'
  const sorted = inOrder(spans)
  // The spans as the list has left them so far, by id: only the touched ones (undefined: removed).
  const now = new Map<string, Span | undefined>()
  const index = edits.length > SCAN_EDITS ? new Map(sorted.map((s, i) => [s.id, i])) : null
  const position = (id: string): number => (index ? (index.get(id) ?? -1) : sorted.findIndex((s) => s.id === id))
  const current = (id: string): Span | undefined => {
    if (now.has(id)) return now.get(id)
    const at = position(id)
    return at < 0 ? undefined : sorted[at]
  }
  const label = (id: string): Label => {
    const found = ctx.labels.find((l) => l.id === id)
    if (!found) throw invalid(`unknown label "${id}"; the workspace has ${ctx.labels.map((l) => l.id).join(', ')}`)
    return found
  }
  const checked = (span: Span): Span => {
    const problem = spanBoundsProblem(map, span.start, span.end) ?? attributesProblem(label(span.label), span.attributes)
    if (problem) throw invalid(`${where}: ${problem}`)
    return { ...span, text: map.slice(span.start, span.end) }
  }
  const existing = (id: string): Span => {
    const span = current(id)
    if (!span) throw new SpanwrightError('not_found', `${where} has no span ${id}`)
    return span
  }

  for (const edit of edits) {
    if (edit.op === 'remove') {
      existing(edit.id)
      now.set(edit.id, undefined)
    } else if (edit.op === 'add') {
      if (current(edit.span.id)) throw invalid(`${where} already has a span ${edit.span.id}`)
      now.set(edit.span.id, checked(newSpan(edit.span, ctx)))
    } else {
      now.set(edit.id, checked(updated(existing(edit.id), edit, ctx.now)))
    }
  }

  const changed = [...now.values()].flatMap((s) => s ?? []).sort(compareSpans)
  // The untouched spans keep their places: the old versions of the touched ones come out, the new ones go in.
  const gone = [...now.keys()].map(position).filter((i) => i >= 0)
  const merged = withChanges(sorted, gone, changed)
  requireNoDuplicates(changed, merged, where)
  return { spans: merged, changed, removed: [...now].flatMap(([id, s]) => (s ? [] : [id])) }
}

/** `sorted` without the spans at `gone`, with `changed` (in order) put in their places. */
function withChanges(sorted: readonly Span[], gone: readonly number[], changed: readonly Span[]): Span[] {
  if (gone.length + changed.length > SCAN_EDITS) {
    const out = new Set(gone)
    return mergeSorted(
      sorted.filter((_, i) => !out.has(i)),
      changed,
    )
  }
  const result = [...sorted]
  for (const i of [...gone].sort((a, b) => b - a)) result.splice(i, 1)
  for (const span of changed) result.splice(spanPosition(result, span), 0, span)
  return result
}

function newSpan(input: NewSpan, ctx: SpanEditContext): Span {
  const created = input.created_at ?? ctx.now
  return {
    id: input.id,
    start: input.start,
    end: input.end,
    label: input.label,
    text: '',
    attributes: input.attributes ?? {},
    note: input.note ?? '',
    annotator: input.annotator ?? ctx.annotator,
    origin: input.origin ?? 'manual',
    created_at: created,
    updated_at: input.updated_at ?? created,
  }
}

function updated(old: Span, edit: SpanUpdate, now: string): Span {
  return {
    ...old,
    start: edit.start ?? old.start,
    end: edit.end ?? old.end,
    label: edit.label ?? old.label,
    attributes: edit.attributes ?? old.attributes,
    note: edit.note ?? old.note,
    updated_at: now,
  }
}

/**
 * Two spans with the same start, end and label would be one annotation twice. In
 * docs/format.md's order such twins sit next to each other: only a changed span's
 * neighbours need a look (found by binary search), not all 10,000 spans.
 */
function requireNoDuplicates(changed: readonly Span[], sorted: readonly Span[], where: string): void {
  const same = (a: Span | undefined, b: Span): boolean => !!a && a.id !== b.id && a.start === b.start && a.end === b.end && a.label === b.label
  for (const span of changed) {
    const at = spanPosition(sorted, span)
    if (same(sorted[at - 1], span) || same(sorted[at + 1], span)) throw twice(span, changed, where)
  }
}

function twice(span: Span, changed: readonly Span[], where: string): SpanwrightError {
  const both = changed.filter((s) => s.start === span.start && s.end === span.end && s.label === span.label).length > 1
  return invalid(
    both
      ? `${where}: "${span.text}" would have two ${span.label} spans at ${span.start}..${span.end}`
      : `${where}: "${span.text}" already has a ${span.label} span at ${span.start}..${span.end}`,
  )
}

function inOrder(spans: readonly Span[]): readonly Span[] {
  for (let i = 1; i < spans.length; i++) {
    if (compareSpans(spans[i - 1] as Span, spans[i] as Span) > 0) return [...spans].sort(compareSpans)
  }
  return spans
}

function mergeSorted(a: readonly Span[], b: readonly Span[]): Span[] {
  if (b.length === 0) return [...a]
  const out: Span[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const x = a[i]
    const y = b[j]
    if (y === undefined || (x !== undefined && compareSpans(x, y) <= 0)) {
      out.push(x as Span)
      i++
    } else {
      out.push(y)
      j++
    }
  }
  return out
}
