/**
 * Span edits from the toolbar, the keyboard, the text and the span panel. Each
 * is one step of the span editor: shown at once, undoable, saved in order.
 */
import { nanoid } from 'nanoid'
import type { Span } from '../../src-main/core/model/span'
import { snapRange } from '../../src-main/core/snap'
import { t } from '../i18n'
import type { AppContext } from '../app/context'
import type { SpanEditor } from './span-editor'

export interface SpanCommands {
  /** Tags the pending text selection with the label, or else relabels the selected span. */
  applyLabel(labelId: string): Promise<void>
  /** Removes a span of the open document (the selected one when no id is given). */
  removeSpan(spanId?: string): Promise<void>
  /** Replaces a span's attributes (checked against its label's definitions). */
  setAttributes(spanId: string, attributes: Span['attributes']): void
  setNote(spanId: string, note: string): void
  undo(): void
  redo(): void
}

export function createSpanCommands(ctx: AppContext, editor: SpanEditor): SpanCommands {
  const clearPending = (): void => {
    window.getSelection()?.removeAllRanges()
    ctx.textSelection.set(null)
    ctx.cursor.set(null)
  }

  const tag = (start: number, end: number, label: string, exact: boolean): void => {
    const map = ctx.doc.offsetMap
    if (!map) return
    const range = snapRange(map, start, end, exact ? 'exact' : 'token')
    if (!range) {
      ctx.notices.fail(t().editor.tagFailed, new Error(t().editor.onlyWhitespace))
      return
    }
    const [s, e] = range
    const same = ctx.doc.spans.find((x) => x.start === s && x.end === e && x.label === label)
    const id = same?.id ?? nanoid(12)
    if (!same && !editor.apply([{ op: 'add', span: { id, start: s, end: e, label } }], t().editor.tagFailed)) return
    clearPending()
    ctx.doc.select(id)
  }

  return {
    async applyLabel(labelId) {
      const range = ctx.textSelection.range
      if (range) return tag(range.start, range.end, labelId, ctx.textSelection.exact)
      const selected = ctx.doc.selected
      if (selected && selected.label !== labelId) editor.apply([{ op: 'update', id: selected.id, label: labelId }], t().editor.relabelFailed)
    },
    async removeSpan(spanId = ctx.doc.selectedId ?? undefined) {
      if (spanId && editor.apply([{ op: 'remove', id: spanId }], t().editor.removeFailed)) ctx.doc.select(null)
    },
    setAttributes(spanId, attributes) {
      editor.apply([{ op: 'update', id: spanId, attributes }], t().editor.attributesFailed)
    },
    setNote(spanId, note) {
      editor.apply([{ op: 'update', id: spanId, note }], t().editor.noteFailed)
    },
    undo: () => editor.undo(),
    redo: () => editor.redo(),
  }
}
