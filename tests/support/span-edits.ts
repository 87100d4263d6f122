/**
 * One-span edits for tests and scripts, made the way the window makes them:
 * snapped here (as the window snaps a selection), then one applySpanEdits step.
 * The text and spans are read from the file itself, not through the services,
 * so a test of an outside change still meets it at the edit (a services read
 * would adopt it first).
 */
import { readFile } from 'node:fs/promises'
import { nanoid } from 'nanoid'
import type { DocumentSummary, SpanEditsResult } from '../../src-main/api'
import { applySpanEdits, type SpanEditContext } from '../../src-main/core/apply-span-edits'
import type { DocumentFile, NewSpan, Span } from '../../src-main/core/model'
import { createOffsetMap } from '../../src-main/core/offsets'
import { snapRange, type SnapMode } from '../../src-main/core/snap'
import type { Services } from '../../src-main/services'
import { documentPath } from '../../src-main/store/workspace/layout'

export interface SpanChange {
  span: Span
  summary: DocumentSummary
}

export interface SpanToAdd {
  docId: string
  start: number
  end: number
  label: string
  /** 'token' (the default) widens to whole words as a mouse selection does; 'exact' keeps the characters. */
  snap?: SnapMode
}

type Editor = Pick<Services, 'workspace' | 'applySpanEdits'>

export async function addSpan(services: Editor, input: SpanToAdd): Promise<SpanChange> {
  const { docId, label } = input
  const [start, end] = (await snapped(services, input)) ?? [input.start, input.end]
  const result = await services.applySpanEdits({ docId, edits: [{ op: 'add', span: { id: nanoid(12), start, end, label } }] })
  return { span: only(result), summary: result.summary }
}

export async function relabelSpan(services: Editor, input: { docId: string; spanId: string; label: string }): Promise<SpanChange> {
  const result = await services.applySpanEdits({ docId: input.docId, edits: [{ op: 'update', id: input.spanId, label: input.label }] })
  return { span: only(result), summary: result.summary }
}

export async function removeSpan(services: Editor, input: { docId: string; spanId: string }): Promise<DocumentSummary> {
  const result = await services.applySpanEdits({ docId: input.docId, edits: [{ op: 'remove', id: input.spanId }] })
  return result.summary
}

/** `doc` with one more span, added by the core's applySpanEdits; `snap` as in addSpan, 'exact' by default. */
export function withSpan(doc: DocumentFile, span: NewSpan, ctx: SpanEditContext, snap: SnapMode = 'exact'): DocumentFile {
  const map = createOffsetMap(doc.text)
  const [start, end] = snapRange(map, span.start, span.end, snap) ?? [span.start, span.end]
  return { ...doc, spans: applySpanEdits(map, doc.spans, [{ op: 'add', span: { ...span, start, end } }], ctx).spans }
}

/** The snapped range, or null when the file cannot be read as JSON (the edit then meets the store's own error). */
async function snapped(services: Editor, input: SpanToAdd): Promise<[number, number] | null> {
  let text: unknown
  try {
    text = (JSON.parse(await readFile(documentPath(services.workspace.dir, input.docId), 'utf8')) as { text?: unknown }).text
  } catch {
    return null
  }
  if (typeof text !== 'string') return null
  const map = createOffsetMap(text)
  if (input.start < 0 || input.end > map.length || input.start > input.end) return null
  return snapRange(map, input.start, input.end, input.snap ?? 'token') ?? null
}

function only(result: SpanEditsResult): Span {
  const [span] = result.changed
  if (!span) throw new Error('applySpanEdits changed no span')
  return span
}
