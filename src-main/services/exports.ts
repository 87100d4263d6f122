import type { Api, ApiInput } from '../api'
import { SpanwrightError } from '../core/errors'
import { checkSplitParts, formatInfo, type ExportFormat } from '../core/export'
import { exportDataset } from '../store/export/export-dataset'
import type { FileFilter, ServiceContext } from './context'

export type ExportMethods = Pick<Api, 'chooseExportPath' | 'exportDataset'> & {
  /** The command line's `--out -`: the export written to a stream, not a file. */
  exportToStream(input: ApiInput<'exportDataset'>, write: (text: string) => Promise<void> | void): Promise<Awaited<ReturnType<Api['exportDataset']>>>
}

export function exportServices(ctx: ServiceContext): ExportMethods {
  const run = async ({ path, format, statuses, labels, annotator, split, strict }: ApiInput<'exportDataset'>, stream?: (text: string) => Promise<void> | void) => {
    const known = ctx.workspace.labels.map((l) => l.id)
    const unknown = labels?.filter((l) => !known.includes(l)) ?? []
    if (unknown.length) {
      throw new SpanwrightError('invalid_argument', `unknown label${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (the workspace has ${known.join(', ')})`)
    }
    if (split) checkSplitParts(split.parts)
    const filters = { ...(statuses ? { statuses } : {}), ...(labels ? { labels } : {}), ...(annotator !== undefined ? { annotator } : {}) }
    return ctx.progress.track('export', (onProgress) =>
      exportDataset(ctx.workspace, { path, format, filters, ...(split ? { split } : {}), strict: strict ?? false, onProgress, ...(stream ? { stream } : {}) }),
    )
  }
  return {
    chooseExportPath: ({ defaultName, format }) => ctx.dialogs.chooseSavePath(defaultName, format ? dialogFilter(format) : undefined),
    exportDataset: (input) => run(input),
    exportToStream: (input, write) => run(input, write),
  }
}

/** What the save dialog offers for a format; a folder format takes any name. */
export function dialogFilter(format: ExportFormat): FileFilter {
  const info = formatInfo(format)
  const extensions = info.layout === 'folder' ? [] : format === 'conll' ? ['conll', 'txt'] : [info.extension.slice(1)]
  return { name: info.name, extensions }
}
