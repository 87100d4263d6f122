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

export function applySpanEdits(map: OffsetMap, spans: readonly Span[], edits: readonly SpanEdit[], ctx: SpanEditContext): SpanEditResult {
  const where = ctx.docId ? `document ${ctx.docId}` : 'the document'
  // Only the spans the edits name are looked up, and where they sit: a step among 10,000 spans touches one or two.
  const ordered = inOrder(spans)
  const touched = new Set(edits.map((edit) => (edit.op === 'add' ? edit.span.id : edit.id)))
  const byId = new Map<string, Span>()
  const places: number[] = []
  for (let i = 0; i < ordered.length; i++) {
    const span = ordered[i] as Span
    if (!touched.has(span.id)) continue
    byId.set(span.id, span)
    places.push(i)
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
    const span = byId.get(id)
    if (!span) throw new SpanwrightError('not_found', `${where} has no span ${id}`)
    return span
  }

  for (const edit of edits) {
    if (edit.op === 'remove') {
      existing(edit.id)
      byId.delete(edit.id)
    } else if (edit.op === 'add') {
      if (byId.has(edit.span.id)) throw invalid(`${where} already has a span ${edit.span.id}`)
      byId.set(edit.span.id, checked(newSpan(edit.span, ctx)))
    } else {
      byId.set(edit.id, checked(updated(existing(edit.id), edit, ctx.now)))
    }
  }

  const changed = [...touched].flatMap((id) => byId.get(id) ?? []).sort(compareSpans)
  const merged = mergeSorted(without(ordered, places), changed)
  requireNoDuplicates(changed, merged, where)
  return { spans: merged, changed, removed: [...touched].filter((id) => !byId.has(id)) }
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

/** `spans` without the ones at `places` (ascending). */
function without(spans: readonly Span[], places: readonly number[]): Span[] {
  if (places.length === 0) return spans.slice()
  const out: Span[] = []
  let from = 0
  for (const place of [...places, spans.length]) {
    for (let i = from; i < place; i++) out.push(spans[i] as Span)
    from = place + 1
  }
  return out
}

/** `b` (a few spans) merged into `a` (in order, and now a copy of its own): each goes in by binary search, not a walk of `a`. */
function mergeSorted(a: Span[], b: readonly Span[]): Span[] {
  if (b.length <= 16) {
    for (const span of b) a.splice(spanPosition(a, span), 0, span)
    return a
  }
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
