import type { Api } from '../api'
import { SpanwrightError } from '../core/errors'
import { checkSplitParts, formatInfo, type ExportFormat } from '../core/export'
import { exportDataset } from '../store/export/export-dataset'
import type { FileFilter, ServiceContext } from './context'

type ExportMethods = Pick<Api, 'chooseExportPath' | 'exportDataset'>

export function exportServices(ctx: ServiceContext): ExportMethods {
  return {
    chooseExportPath: ({ defaultName, format }) => ctx.dialogs.chooseSavePath(defaultName, format ? dialogFilter(format) : undefined),
    exportDataset: async ({ path, format, statuses, labels, annotator, split, strict }) => {
      const known = ctx.workspace.labels.map((l) => l.id)
      const unknown = labels?.filter((l) => !known.includes(l)) ?? []
      if (unknown.length) {
        throw new SpanwrightError('invalid_argument', `unknown label${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (the workspace has ${known.join(', ')})`)
      }
      if (split) checkSplitParts(split.parts)
      const filters = { ...(statuses ? { statuses } : {}), ...(labels ? { labels } : {}), ...(annotator !== undefined ? { annotator } : {}) }
      return ctx.progress.track('export', (onProgress) =>
        exportDataset(ctx.workspace, { path, format, filters, ...(split ? { split } : {}), strict: strict ?? false, onProgress }),
      )
    },
  }
}

/** What the save dialog offers for a format; a folder format takes any name. */
export function dialogFilter(format: ExportFormat): FileFilter {
  const info = formatInfo(format)
  const extensions = info.layout === 'folder' ? [] : format === 'conll' ? ['conll', 'txt'] : [info.extension.slice(1)]
  return { name: info.name, extensions }
}
