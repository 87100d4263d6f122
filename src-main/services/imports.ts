import type { Api } from '../api'
import { importContents } from '../store/import/import-contents'
import { importPaths } from '../store/import/import-files'
import type { ServiceContext } from './context'

type ImportMethods = Pick<Api, 'chooseImportPaths' | 'importFiles' | 'importFileContents'>

export function importServices(ctx: ServiceContext): ImportMethods {
  return {
    chooseImportPaths: async ({ kind }) => (ctx.dialogs.chooseOpenPaths ? ctx.dialogs.chooseOpenPaths(kind) : []),
    importFiles: ({ paths, format, skipInvalid, addLabels }) =>
      ctx.progress.track('import', (onProgress) =>
        importPaths(ctx.workspace, paths, {
          ...(format ? { format } : {}),
          skipInvalid: skipInvalid ?? false,
          addLabels: addLabels ?? false,
          now: ctx.now(),
          newId: ctx.newId,
          onProgress,
        }),
      ),
    importFileContents: ({ files }) =>
      ctx.progress.track('import', (onProgress) =>
        importContents(
          ctx.workspace,
          files.map((f) => ({ name: f.name, bytes: Buffer.from(f.data, 'base64') })),
          { skipInvalid: false, now: ctx.now(), newId: ctx.newId, onProgress },
        ),
      ),
  }
}
