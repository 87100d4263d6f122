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
      const order: Array<{ docId: string; confidence: number; suggestions: number }> = []
      for (const entry of workspace.entries()) {
        if (entry.status === 'done' || entry.status === 'skipped' || workspace.damage(entry.id) !== undefined) continue
        const found = await suggestions.suggest(entry.id)
        const confidence = found.length ? found.reduce((sum, s) => sum + s.score, 0) / found.length : 1
        order.push({ docId: entry.id, confidence, suggestions: found.length })
      }
      // Least sure first; ties keep workspace order (sort is stable).
      return order.sort((a, b) => a.confidence - b.confidence)
    },
  }
}
