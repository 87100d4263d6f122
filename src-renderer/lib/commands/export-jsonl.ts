/** Export JSONL: the toolbar button, Ctrl+E and the menu command all run this one flow. */
import type { AppContext } from './context'

export const EXPORT_DEFAULT_NAME = 'spanwright-export.jsonl'

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

export function exportMessage(documents: number, spans: number, path: string): string {
  return `Exported ${plural(documents, 'document', 'documents')} (${plural(spans, 'span', 'spans')}) to ${path}`
}

export function createExportCommand(ctx: AppContext): () => Promise<void> {
  // A second trigger while one runs (say, the accelerator and the key press both) does nothing.
  return async () => {
    await ctx.activity.run('export', async () => {
      try {
        const path = await ctx.api.chooseExportPath({ defaultName: EXPORT_DEFAULT_NAME })
        if (!path) return
        const result = await ctx.api.exportJsonl({ path })
        ctx.notices.toast(exportMessage(result.documents, result.spans, result.path))
        ctx.notices.resolve('Export failed')
      } catch (error) {
        ctx.notices.fail('Export failed', error)
      }
    })
  }
}
