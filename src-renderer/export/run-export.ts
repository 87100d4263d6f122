/**
 * One export from the dialog's choices: ask where to save, write while polling
 * the progress for the bar, then say what was written per part and list dropped spans.
 */
import type { DatasetExportSummary } from '../../src-main/api'
import { sizeText } from '../../src-main/core/export/summary'
import type { AppContext } from '../app/context'
import { t } from '../i18n'
import type { StorageUiState } from '../storage/storage-state.svelte'
import { defaultExportName, exportRequest, type ExportChoices } from './export-request'

const POLL_MS = 100

/** What was written (spans counted as written), per part of a split, and how many spans were not. */
export function exportResultMessage(result: DatasetExportSummary): string {
  const m = t().storage.exportDialog
  const parts = result.parts.filter((p) => p.name !== null)
  const written = parts.length
    ? parts.map((p) => m.part(p.name ?? '', p.documents, p.spans, p.path, p.dropped)).join(' · ')
    : t().exported(result.documents, result.spans, result.path)
  const notWritten = result.dropped.length ? m.notWritten(result.dropped.length) : ''
  return [[written, notWritten].filter(Boolean).join('; '), leftoversClause(result)].filter(Boolean).join(' · ')
}

/** What this export cleaned up of a killed earlier one, or ''. */
function leftoversClause({ leftovers = [] }: DatasetExportSummary): string {
  const removed = leftovers.filter((l) => l.action === 'removed')
  const bytes = removed.reduce((n, l) => n + l.bytes, 0)
  return t().storage.exportDialog.leftovers(removed.length, sizeText(bytes), leftovers.some((l) => l.action === 'restored'))
}

export async function runExport(ctx: AppContext, storage: StorageUiState, choices: ExportChoices): Promise<void> {
  await ctx.activity.run('export', async () => {
    let timer: ReturnType<typeof setInterval> | undefined
    try {
      const chosen = await ctx.api.chooseExportPath({ defaultName: defaultExportName(choices.format), format: choices.format })
      if (!chosen) return
      storage.progress = { task: 'export', done: 0, total: 0 }
      timer = setInterval(() => {
        void ctx.api.taskProgress({}).then((p) => {
          if (storage.progress && p.task === 'export') storage.progress = p
        })
      }, POLL_MS)
      const result = await ctx.api.exportDataset(exportRequest(chosen.token, choices, ctx.workspace.labels.map((l) => l.id)))
      ctx.notices.resolve(t().errors.exportFailed)
      if (!result.dropped.length) return ctx.notices.toast(exportResultMessage(result))
      // The list opens at once; the message can open it again once it is closed.
      const showDropped = (): void => {
        storage.dropped = result.dropped
        storage.show('dropped')
      }
      ctx.notices.toast(exportResultMessage(result), { label: t().storage.exportDialog.showDropped, run: showDropped })
      showDropped()
    } catch (error) {
      ctx.notices.fail(t().errors.exportFailed, error)
    } finally {
      clearInterval(timer)
      storage.progress = null
    }
  })
}
