/**
 * What the analyst does with suggestions: step through them (N, P), accept one
 * (A: an ordinary span edit with origin "suggested", so undo is the editor's),
 * reject one (X: remembered by the workspace; undo restores it), accept every
 * sure one (Shift+A: one step). Suggestions are asked for after the text is
 * painted, so opening a document never waits on the learner.
 */
import { nanoid } from 'nanoid'
import type { Suggestion, SuggestionRank } from '../../src-main/api'
import type { SpanEdit } from '../../src-main/core/model/span-edit'
import type { AppContext } from '../app/context'
import type { SpanEditor } from '../editor/span-editor'
import { t } from '../i18n'
import { afterPaint } from './after-paint'

export interface SuggestionCommands {
  /** Asks for the open document's suggestions once the window is idle. */
  refreshSuggestions(): void
  stepSuggestion(direction: 1 | -1): boolean
  /** Makes a suggestion current and scrolls the text to it (the panel's rows). */
  pickSuggestion(s: Suggestion): void
  acceptSuggestion(s?: Suggestion): boolean
  rejectSuggestion(s?: Suggestion): boolean
  acceptSureSuggestions(): boolean
  /** Sets a label's threshold (0–1) in the workspace: what Shift+A takes and what is drawn faint. */
  setSuggestionThreshold(label: string, threshold: number): Promise<void>
  /** Documents not done yet, least sure first; null (with the reason shown) when the learner failed. */
  suggestionOrder(): Promise<SuggestionRank[] | null>
}

const addEdit = (s: Suggestion): SpanEdit => ({
  op: 'add',
  span: { id: nanoid(12), start: s.start, end: s.end, label: s.label, origin: 'suggested', attributes: { score: s.score } },
})

export function createSuggestionCommands(ctx: AppContext, editor: SpanEditor): SuggestionCommands {
  const { suggestions } = ctx
  let asked = 0

  const reveal = (s: Suggestion | null): void => {
    if (s) ctx.doc.revealOffsets(s.start, s.end)
  }

  const spot = (docId: string, s: Suggestion) => ({ docId, start: s.start, end: s.end, label: s.label })

  // The ghost goes at once, and comes back if the workspace could not remember the rejection.
  const reject = async (docId: string, s: Suggestion): Promise<void> => {
    if (suggestions.docId === docId) suggestions.drop(s)
    try {
      await ctx.api.rejectSuggestion(spot(docId, s))
    } catch (error) {
      if (suggestions.docId === docId) suggestions.restore(s)
      throw error
    }
  }
  const restore = async (docId: string, s: Suggestion): Promise<void> => {
    await ctx.api.restoreSuggestion(spot(docId, s))
    if (suggestions.docId === docId) {
      suggestions.restore(s)
      reveal(s)
    }
  }

  return {
    refreshSuggestions() {
      const docId = ctx.doc.id
      const token = ++asked
      suggestions.start(docId)
      if (!docId) return
      afterPaint(() => {
        if (token !== asked) return
        ctx.api.suggestDocument({ docId }).then(
          (result) => token === asked && suggestions.load(result),
          // Shown in the panel's section: a banner would move the text under the analyst's pointer.
          (error: unknown) => {
            suggestions.failed(docId)
            console.warn('spanwright: no suggestions', error)
          },
        )
      })
    },
    stepSuggestion(direction) {
      const s = suggestions.step(direction, ctx.doc.viewportStart)
      reveal(s)
      return s !== null
    },
    pickSuggestion(s) {
      suggestions.setCurrent(s)
      reveal(s)
    },
    acceptSuggestion(s = suggestions.current ?? undefined) {
      if (!s) return false
      if (!editor.apply([addEdit(s)], t().suggestions.acceptFailed)) return true
      // The new span hides the ghost (see shown.ts), and undoing the accept brings it back.
      suggestions.advance(s)
      reveal(suggestions.current)
      return true
    },
    rejectSuggestion(s = suggestions.current ?? undefined) {
      const docId = ctx.doc.id
      if (!s || !docId) return false
      // Recorded at once, so Ctrl+Z right after X finds it (restoring a rejection the workspace never kept is harmless).
      ctx.history.record(docId, { forward: [], backward: [], action: { undo: () => restore(docId, s), redo: () => reject(docId, s) } })
      reject(docId, s).catch((error: unknown) => ctx.notices.fail(t().suggestions.rejectFailed, error))
      reveal(suggestions.current)
      return true
    },
    async setSuggestionThreshold(label, threshold) {
      try {
        suggestions.setThresholds(await ctx.api.setSuggestionThreshold({ label, threshold }))
      } catch (error) {
        ctx.notices.fail(t().suggestions.thresholdFailed, error)
      }
    },
    async suggestionOrder() {
      try {
        return await ctx.api.suggestionOrder({})
      } catch (error) {
        ctx.notices.fail(t().suggestions.orderFailed, error)
        return null
      }
    },
    acceptSureSuggestions() {
      const sure = suggestions.shown.filter((s) => suggestions.sure(s))
      if (sure.length > 0 && !editor.apply(sure.map(addEdit), t().suggestions.acceptFailed)) return true
      const step = sure.length > 0 && ctx.doc.id ? ctx.history.latest(ctx.doc.id) : null
      ctx.notices.toast(t().suggestions.acceptedAll(sure.length), undefined, step ?? undefined)
      return true
    },
  }
}
