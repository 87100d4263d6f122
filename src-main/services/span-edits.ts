/** applySpanEdits: one step of span edits, applied by the core and written once. */
import type { Api, SpanEditsResult } from '../api'
import { applySpanEdits } from '../core/apply-span-edits'
import type { Span } from '../core/model'
import { createOffsetMap, type OffsetMap } from '../core/offsets'
import { documentPath } from '../store/workspace/layout'
import { summaryOf, type ServiceContext } from './context'
import { saving } from './save-errors'

type SpanEditMethods = Pick<Api, 'applySpanEdits'>

export function spanEditServices(ctx: ServiceContext): SpanEditMethods {
  const { workspace } = ctx
  // A document's text never changes: the map of the one edited last serves its next edit (a 1 MB text takes a scan to map).
  let lastMap: OffsetMap | null = null
  const mapOf = (text: string): OffsetMap => (lastMap?.text === text ? lastMap : (lastMap = createOffsetMap(text)))
  return {
    applySpanEdits: async ({ docId, edits }): Promise<SpanEditsResult> => {
      let result: Pick<SpanEditsResult, 'changed' | 'removed'> = { changed: [], removed: [] }
      let unaccepted: Span[] = []
      // A write the file system refuses comes back as 'io' naming the file: the window keeps the edit and retries.
      const { before, after } = await saving(documentPath(workspace.dir, docId), () =>
        workspace.updateDocument(docId, (doc) => {
          const applied = applySpanEdits(mapOf(doc.text), doc.spans, edits, { ...ctx.editContext(), docId })
          result = { changed: applied.changed, removed: applied.removed }
          unaccepted = doc.spans.filter((x) => x.origin === 'suggested' && applied.removed.includes(x.id))
          return { ...doc, spans: applied.spans }
        }),
      )
      // Accepted suggestions teach the learner, behind the answer: a tag never waits for it.
      const added = new Set(edits.flatMap((e) => (e.op === 'add' ? [e.span.id] : [])))
      const accepted = result.changed.filter((x) => x.origin === 'suggested' && added.has(x.id))
      if (accepted.length || unaccepted.length) void ctx.suggestions.decided(docId, accepted, unaccepted).catch(learnerFailed)
      return { ...result, summary: summaryOf(workspace.entry(docId)), revision: { before, after } }
    },
  }
}

/** The learner missing one accept loses no data (it is rebuilt from the workspace), so it is only logged. */
const learnerFailed = (error: unknown): void => console.error('spanwright: the suggestion learner could not take an accept', error)
