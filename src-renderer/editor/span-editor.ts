/**
 * Every span edit goes through here as one step: applied to the window's state at
 * once (by the same core function the service runs, so both agree), recorded for
 * undo, and saved in order, one call per step. A save the service refuses (the
 * file changed outside, or a bug) reloads the document as it is on disk.
 */
import { applySpanEdits, type SpanEditResult } from '../../src-main/core/apply-span-edits'
import { invertSpanEdits } from '../../src-main/core/invert-span-edits'
import type { Span } from '../../src-main/core/model/span'
import type { SpanEdit } from '../../src-main/core/model/span-edit'
import { t } from '../i18n'
import type { AppContext } from '../app/context'
import type { HistoryAction, HistoryStep } from './history.svelte'
import { openedFromColumns } from './opened-columns'

export interface SpanEditor {
  /** Shows, records and saves one step; null (with the reason in the banner) when refused. */
  apply(edits: SpanEdit[], failure: string): SpanEditResult | null
  undo(): void
  redo(): void
}

export function createSpanEditor(ctx: AppContext): SpanEditor {
  const inFlight = new Map<string, number>()
  const refusedDocs = new Set<string>()

  // Once every call of a document has settled: if one was refused, show the document as it is on disk.
  const settle = async (docId: string): Promise<void> => {
    ctx.pendingSaves.settled(docId)
    if (!refusedDocs.delete(docId)) return
    ctx.history.forget(docId)
    try {
      const opened = openedFromColumns(await ctx.api.openDocument({ docId }))
      ctx.opened.keep(opened)
      if (ctx.doc.id === docId) ctx.doc.show(opened)
    } catch (error) {
      ctx.notices.fail(t().editor.saveRefused, error)
    }
  }

  // Each step is its own call, made at once: calls start in order (Electron's IPC keeps it), a
  // save the disk refuses waits in kept-edits.ts with every later one, in order, and is retried.
  const save = (docId: string, edits: SpanEdit[], spans: readonly Span[]): void => {
    ctx.pendingSaves.add(docId, spans)
    inFlight.set(docId, (inFlight.get(docId) ?? 0) + 1)
    ctx.api
      .applySpanEdits({ docId, edits })
      .then(
        (result) => {
          ctx.opened.confirm(docId, result)
          ctx.workspace.updateSummary(result.summary)
          ctx.notices.resolve(t().editor.saveRefused)
        },
        (error: unknown) => {
          ctx.opened.forget(docId)
          ctx.notices.fail(t().editor.saveRefused, error)
          refusedDocs.add(docId)
        },
      )
      .finally(() => {
        ctx.pendingSaves.done(1)
        const left = (inFlight.get(docId) ?? 1) - 1
        if (left > 0) inFlight.set(docId, left)
        else {
          inFlight.delete(docId)
          void settle(docId)
        }
      })
  }

  const show = (edits: SpanEdit[], failure: string): { result: SpanEditResult; backward: SpanEdit[]; docId: string } | null => {
    const docId = ctx.doc.id
    const map = ctx.doc.offsetMap
    if (!docId || !map || edits.length === 0) return null
    if (ctx.workspace.readOnly) {
      ctx.notices.fail(failure, new Error(ctx.workspace.readOnly))
      return null
    }
    const before = ctx.doc.spans
    let result: SpanEditResult
    try {
      result = applySpanEdits(map, before, edits, {
        now: new Date().toISOString(),
        annotator: ctx.workspace.annotator,
        labels: ctx.workspace.labels,
        docId,
      })
    } catch (error) {
      ctx.notices.fail(failure, error)
      return null
    }
    // Undoing needs the spans the step updates or removes as they were; a tag only adds, so the 10,000 are not walked.
    const touched = new Set(edits.flatMap((e) => (e.op === 'add' ? [] : [e.id])))
    const old = touched.size ? before.filter((s) => touched.has(s.id)) : []
    const backward = invertSpanEdits(new Map(old.map((s) => [s.id, s])), edits)
    ctx.doc.setSpans(result.spans)
    ctx.notices.resolve(failure)
    save(docId, edits, result.spans)
    return { result, backward, docId }
  }

  // An action step (a rejected suggestion) goes back on its stack if its call fails.
  const runAction = async (docId: string, step: HistoryStep, action: HistoryAction, from: 'undo' | 'redo'): Promise<void> => {
    const failure = from === 'undo' ? t().editor.undoFailed : t().editor.redoFailed
    try {
      await action[from]()
      ctx.notices.resolve(failure)
    } catch (error) {
      ctx.history.restore(docId, step, from)
      ctx.notices.fail(failure, error)
    }
  }

  const replay = (from: 'undo' | 'redo'): void => {
    const docId = ctx.doc.id
    if (!docId) return
    const step = from === 'undo' ? ctx.history.undo(docId) : ctx.history.redo(docId)
    if (!step) return
    if (from === 'undo') ctx.notices.withdraw(step)
    if (step.action) return void runAction(docId, step, step.action, from)
    const shown = show(from === 'undo' ? step.backward : step.forward, from === 'undo' ? t().editor.undoFailed : t().editor.redoFailed)
    // The changed span is selected again (and scrolled to), so the analyst sees what came back.
    const first = shown?.result.changed[0]
    if (first) ctx.doc.reveal(first.id)
    else ctx.doc.select(null)
  }

  return {
    apply(edits, failure) {
      const shown = show(edits, failure)
      if (!shown) return null
      ctx.history.record(shown.docId, { forward: edits, backward: shown.backward })
      return shown.result
    },
    undo: () => replay('undo'),
    redo: () => replay('redo'),
  }
}
