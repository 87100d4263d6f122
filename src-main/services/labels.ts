/**
 * The label schema editor's methods. Spans refer to labels by id, so renaming,
 * recolouring or reordering never touches a document; removing a label that
 * spans use happens only when asked again with force, spans first, label last
 * (a crash in between leaves a label without spans, never spans without a label).
 */
import type { Api, LabelRemoval } from '../api'
import { checkLabelSchema } from '../core/label-schema'
import { SpanwrightError } from '../core/errors'
import { INDEX_FILE, documentPath } from '../store/workspace/layout'
import { join } from 'node:path'
import type { ServiceContext } from './context'
import { saving } from './save-errors'

type LabelMethods = Pick<Api, 'updateLabels' | 'removeLabel'>

export function labelServices(ctx: ServiceContext): LabelMethods {
  const { workspace } = ctx
  const indexFile = join(workspace.dir, INDEX_FILE)

  /** Spans with label `id` per document (reads every document file). */
  const usage = async (id: string): Promise<Map<string, number>> => {
    const counts = new Map<string, number>()
    for (const entry of workspace.entries()) {
      const doc = await workspace.readDocument(entry.id)
      const n = doc.spans.filter((s) => s.label === id).length
      if (n) counts.set(entry.id, n)
    }
    return counts
  }

  return {
    updateLabels: async ({ labels }) => {
      checkLabelSchema(workspace.labels, labels)
      await saving(indexFile, () =>
        workspace.updateIndex((index) => {
          checkLabelSchema(index.labels, labels)
          index.labels = structuredClone(labels)
        }),
      )
      return workspace.labels
    },
    removeLabel: async ({ id, force }): Promise<LabelRemoval> => {
      if (!workspace.labels.some((l) => l.id === id)) throw new SpanwrightError('not_found', `the workspace ${workspace.dir} has no label "${id}"`)
      if (workspace.labels.length === 1) throw new SpanwrightError('invalid_argument', 'a workspace needs at least one label')
      const counts = await usage(id)
      const spans = [...counts.values()].reduce((a, b) => a + b, 0)
      const result = { spans, documents: counts.size }
      if (spans > 0 && !force) return { removed: false, ...result, labels: workspace.labels }
      for (const docId of counts.keys()) {
        await saving(documentPath(workspace.dir, docId), () =>
          workspace.updateDocument(docId, (doc) => ({ ...doc, spans: doc.spans.filter((s) => s.label !== id) })),
        )
      }
      await saving(indexFile, () => workspace.updateIndex((index) => void (index.labels = index.labels.filter((l) => l.id !== id))))
      return { removed: true, ...result, labels: workspace.labels }
    },
  }
}
