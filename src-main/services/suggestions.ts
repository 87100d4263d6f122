/** Suggestions over the contract: what to offer in a document, and the analyst's rejections and thresholds. */
import type { Api, ApiInput } from '../api'
import { SpanwrightError } from '../core/errors'
import { codePointLength } from '../core/offsets'
import { DISPLAY_FLOOR } from '../core/suggest/combine'
import type { ServiceContext } from './context'

type SuggestionMethods = Pick<Api, 'suggestDocument' | 'rejectSuggestion' | 'restoreSuggestion' | 'setSuggestionThreshold' | 'suggestionOrder'>

export function suggestionServices(ctx: ServiceContext): SuggestionMethods {
  const { suggestions, workspace } = ctx
  /** A place in a document the workspace has, with a label it has: nothing else is written to its decisions. */
  const checked = async ({ docId, start, end, label }: ApiInput<'rejectSuggestion'>) => {
    const length = codePointLength((await workspace.peekDocument(docId)).text)
    if (end > length) throw new SpanwrightError('invalid_argument', `a suggestion at ${start}..${end} lies outside the document (${length} characters)`)
    if (!workspace.labels.some((l) => l.id === label)) throw new SpanwrightError('invalid_argument', `the workspace has no label "${label}"`)
    return { documentId: docId, start, end, label }
  }
  return {
    suggestDocument: async ({ docId }) => ({
      docId,
      // Weaker ones too, as api.ts promises: the window draws them fainter and Shift+A leaves them.
      suggestions: await suggestions.suggest(docId, { floor: Math.min(DISPLAY_FLOOR, ...Object.values(suggestions.thresholds)) }),
      thresholds: { ...suggestions.thresholds },
    }),
    rejectSuggestion: async (spot) => {
      await suggestions.reject(await checked(spot))
      return null
    },
    restoreSuggestion: async (spot) => {
      await suggestions.restore(await checked(spot))
      return null
    },
    setSuggestionThreshold: async ({ label, threshold }) => {
      await suggestions.setThreshold(label, threshold)
      return { ...suggestions.thresholds }
    },
    suggestionOrder: async () => {
      const open = workspace.entries().filter((e) => e.status !== 'done' && e.status !== 'skipped' && workspace.damage(e.id) === undefined)
      const found = await suggestions.suggestMany(open.map((e) => e.id))
      const order = open.map((entry, i) => {
        const list = found[i] ?? []
        const confidence = list.length ? list.reduce((sum, s) => sum + s.score, 0) / list.length : 1
        return { docId: entry.id, confidence, suggestions: list.length }
      })
      // Least sure first; ties keep workspace order (sort is stable).
      return order.sort((a, b) => a.confidence - b.confidence)
    },
  }
}
