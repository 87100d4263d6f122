/**
 * One change to a document's spans. A list of them is applied as one step (one
 * write, one undo): a tag, a relabel, a boundary move, an attribute or note
 * edit, "label all matches", or the undoing of any of these.
 */
import { z } from 'zod'
import { LabelId } from './label'
import { SpanId, SpanOrigin } from './span'

const Offset = z.number().int().nonnegative().max(2 ** 31)
const Timestamp = z.iso.datetime()
const Attributes = z.record(z.string().max(64), z.json())
const Note = z.string().max(100_000)

/**
 * A span to add, with the id it will have (chosen by the caller, so later edits
 * in the same session can name it before it is saved). Its text is taken from the
 * document; what is left out is filled in (the annotator, now, 'manual').
 */
export const NewSpan = z.strictObject({
  id: SpanId,
  start: Offset,
  end: Offset,
  label: LabelId,
  attributes: Attributes.optional(),
  note: Note.optional(),
  annotator: z.string().max(200).optional(),
  origin: SpanOrigin.optional(),
  created_at: Timestamp.optional(),
  updated_at: Timestamp.optional(),
})
export type NewSpan = z.infer<typeof NewSpan>

export const SpanEdit = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), span: NewSpan }),
  /** Only the fields given change; `attributes` replaces the whole map. */
  z.strictObject({
    op: z.literal('update'),
    id: SpanId,
    start: Offset.optional(),
    end: Offset.optional(),
    label: LabelId.optional(),
    attributes: Attributes.optional(),
    note: Note.optional(),
  }),
  z.strictObject({ op: z.literal('remove'), id: SpanId }),
])
export type SpanEdit = z.infer<typeof SpanEdit>
export type SpanUpdate = Extract<SpanEdit, { op: 'update' }>
