/**
 * Importing documents: File → Import (a file dialog, paths) or files dropped on
 * the window (their bytes: a sandboxed page has no paths). Either way the list
 * is reloaded, the first new document opened, and a report says what happened.
 */
import type { ImportSummary } from '../../src-main/api'
import { t } from '../i18n'
import type { AppContext } from '../app/context'

export interface ImportCommands {
  importFromDialog(): Promise<void>
  importDropped(files: readonly File[]): Promise<void>
}

/** The file's bytes as base64, without holding a copy as a JS string of bytes. */
function base64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`))
    reader.readAsDataURL(file)
  })
}

export function createImportCommands(ctx: AppContext, openDocument: (docId: string) => Promise<void>): ImportCommands {
  const finish = async (summary: ImportSummary): Promise<void> => {
    ctx.workspace.setDocuments(await ctx.api.listDocuments({}))
    const first = summary.imported[0]
    if (first) await openDocument(first.id)
    ctx.dialogs.showImportReport(summary)
  }
  const run = (task: () => Promise<ImportSummary | null>): Promise<void> =>
    ctx.activity
      .run('import', async () => {
        try {
          const summary = await task()
          if (!summary) return
          ctx.notices.resolve(t().importing.failed)
          await finish(summary)
        } catch (error) {
          ctx.notices.fail(t().importing.failed, error)
        }
      })
      .then(() => undefined)

  return {
    importFromDialog: () =>
      run(async () => {
        const chosen = await ctx.api.chooseImportPaths({ kind: 'files' })
        return chosen ? ctx.api.importFiles({ token: chosen.token }) : null
      }),
    importDropped: (files) =>
      run(async () => {
        if (!files.length) return null
        const payload = await Promise.all(files.map(async (file) => ({ name: file.name, data: await base64(file) })))
        return ctx.api.importFileContents({ files: payload })
      }),
  }
}
