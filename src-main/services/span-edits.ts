/** applySpanEdits: one step of span edits, applied by the core and written once. */
import type { Api, SpanEditsResult } from '../api'
import { applySpanEdits } from '../core/apply-span-edits'
import { createOffsetMap } from '../core/offsets'
import { documentPath } from '../store/workspace/layout'
import { summaryOf, type ServiceContext } from './context'
import { saving } from './save-errors'

type SpanEditMethods = Pick<Api, 'applySpanEdits'>

export function spanEditServices(ctx: ServiceContext): SpanEditMethods {
  const { workspace } = ctx
  return {
    applySpanEdits: async ({ docId, edits }): Promise<SpanEditsResult> => {
      let result: Pick<SpanEditsResult, 'changed' | 'removed'> = { changed: [], removed: [] }
      // A write the file system refuses comes back as 'io' naming the file: the window keeps the edit and retries.
      const { before, after } = await saving(documentPath(workspace.dir, docId), () =>
        workspace.updateDocument(docId, (doc) => {
          const applied = applySpanEdits(createOffsetMap(doc.text), doc.spans, edits, { ...ctx.editContext(), docId })
          result = { changed: applied.changed, removed: applied.removed }
          return { ...doc, spans: applied.spans }
        }),
      )
      return { ...result, summary: summaryOf(workspace.entry(docId)), revision: { before, after } }
    },
  }
}
