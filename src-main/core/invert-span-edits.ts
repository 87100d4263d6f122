/**
 * The edits that undo a list of span edits: applied after them, they give back
 * the spans as they were (the same ids, offsets, labels, attributes, notes and
 * creation times). Undo and redo are both just applySpanEdits of a list.
 */
import type { Span } from './model/span'
import type { NewSpan, SpanEdit } from './model/span-edit'

/** A stored span as an 'add' edit that recreates it. */
export function spanAsNew(s: Span): NewSpan {
  return {
    id: s.id,
    start: s.start,
    end: s.end,
    label: s.label,
    attributes: s.attributes,
    note: s.note,
    annotator: s.annotator,
    origin: s.origin,
    created_at: s.created_at,
    updated_at: s.updated_at,
  }
}

/** `before` holds at least every span the edits update or remove, as it was before them. */
export function invertSpanEdits(before: ReadonlyMap<string, Span>, edits: readonly SpanEdit[]): SpanEdit[] {
  const now = new Map<string, NewSpan | null>()
  const current = (id: string): NewSpan | null => {
    if (now.has(id)) return now.get(id) ?? null
    const s = before.get(id)
    return s ? spanAsNew(s) : null
  }
  const inverse: SpanEdit[] = []
  for (const edit of edits) {
    if (edit.op === 'add') {
      inverse.push({ op: 'remove', id: edit.span.id })
      now.set(edit.span.id, edit.span)
      continue
    }
    const old = current(edit.id)
    if (!old) continue // applySpanEdits refuses such a list: nothing to undo
    if (edit.op === 'remove') {
      inverse.push({ op: 'add', span: old })
      now.set(edit.id, null)
      continue
    }
    const back: SpanEdit = { op: 'update', id: edit.id }
    const next: NewSpan = { ...old }
    if (edit.start !== undefined) [back.start, next.start] = [old.start, edit.start]
    if (edit.end !== undefined) [back.end, next.end] = [old.end, edit.end]
    if (edit.label !== undefined) [back.label, next.label] = [old.label, edit.label]
    if (edit.attributes !== undefined) [back.attributes, next.attributes] = [old.attributes ?? {}, edit.attributes]
    if (edit.note !== undefined) [back.note, next.note] = [old.note ?? '', edit.note]
    inverse.push(back)
    now.set(edit.id, next)
  }
  return inverse.reverse()
}
