/**
 * Span edits. Each calls the service first and changes the state only once the
 * call has resolved (the change is on disk); a failed call changes nothing and
 * shows its message in the error banner. Edits run one at a time, in order.
 */
import type { AppContext } from './context'
import { createSerialQueue } from './serial'

export interface SpanCommands {
  /** Tags the pending text selection with the label, or else relabels the selected span. */
  applyLabel(labelId: string): Promise<void>
  /** Removes a span of the open document (the selected one when no id is given). */
  removeSpan(spanId?: string): Promise<void>
}

function clearDomSelection(): void {
  window.getSelection()?.removeAllRanges()
}

export function createSpanCommands(ctx: AppContext): SpanCommands {
  const serial = createSerialQueue()

  // Every edit: call, then (only on success) apply; the sidebar takes the returned summary.
  const edit = <T>(failure: string, call: () => Promise<T>, apply: (result: T) => void): Promise<void> =>
    serial(async () => {
      let result: T
      try {
        result = await call()
      } catch (error) {
        ctx.notices.fail(failure, error)
        return
      }
      ctx.notices.resolve(failure)
      apply(result)
    })

  const addSpan = (docId: string, start: number, end: number, label: string, exact: boolean): Promise<void> =>
    edit(
      'Could not tag the selection',
      () => ctx.api.addSpan({ docId, start, end, label, snap: exact ? 'exact' : 'token' }),
      ({ span, summary }) => {
        ctx.workspace.updateSummary(summary)
        if (ctx.doc.id !== docId) return
        ctx.doc.upsert(span)
        clearDomSelection()
        ctx.textSelection.set(null)
        ctx.doc.select(span.id)
      },
    )

  const relabelSpan = (docId: string, spanId: string, label: string): Promise<void> =>
    edit(
      'Could not relabel the span',
      () => ctx.api.relabelSpan({ docId, spanId, label }),
      ({ span, summary }) => {
        ctx.workspace.updateSummary(summary)
        if (ctx.doc.id === docId) ctx.doc.upsert(span)
      },
    )

  return {
    applyLabel(labelId) {
      const docId = ctx.doc.id
      const range = ctx.textSelection.range
      if (docId && range) return addSpan(docId, range.start, range.end, labelId, ctx.textSelection.exact)
      const selected = ctx.doc.selected
      if (docId && selected) return relabelSpan(docId, selected.id, labelId)
      return Promise.resolve()
    },
    removeSpan(spanId = ctx.doc.selectedId ?? undefined) {
      const docId = ctx.doc.id
      if (!docId || !spanId) return Promise.resolve()
      return edit(
        'Could not remove the span',
        () => ctx.api.removeSpan({ docId, spanId }),
        (summary) => {
          ctx.workspace.updateSummary(summary)
          if (ctx.doc.id === docId) ctx.doc.remove(spanId)
        },
      )
    },
  }
}
