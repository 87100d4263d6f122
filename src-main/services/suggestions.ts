/** Suggestions over the contract: what to offer in a document, and the analyst's rejections and thresholds. */
import type { Api } from '../api'
import { DISPLAY_FLOOR } from '../core/suggest/combine'
import type { ServiceContext } from './context'

type SuggestionMethods = Pick<Api, 'suggestDocument' | 'rejectSuggestion' | 'restoreSuggestion' | 'setSuggestionThreshold' | 'suggestionOrder'>

export function suggestionServices(ctx: ServiceContext): SuggestionMethods {
  const { suggestions, workspace } = ctx
  return {
    suggestDocument: async ({ docId }) => ({
      docId,
      // Weaker ones too, as api.ts promises: the window draws them fainter and Shift+A leaves them.
      suggestions: await suggestions.suggest(docId, { floor: Math.min(DISPLAY_FLOOR, ...Object.values(suggestions.thresholds)) }),
      thresholds: { ...suggestions.thresholds },
    }),
    rejectSuggestion: async ({ docId, start, end, label }) => {
      workspace.entry(docId)
      await suggestions.reject({ documentId: docId, start, end, label })
      return null
    },
    restoreSuggestion: async ({ docId, start, end, label }) => {
      workspace.entry(docId)
      await suggestions.restore({ documentId: docId, start, end, label })
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
