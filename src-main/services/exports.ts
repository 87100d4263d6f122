import type { Api } from '../api'
import { exportCanonicalJsonl } from '../store/export-jsonl'
import type { ServiceContext } from './context'

type ExportMethods = Pick<Api, 'chooseExportPath' | 'exportJsonl'>

export function exportServices(ctx: ServiceContext): ExportMethods {
  return {
    chooseExportPath: ({ defaultName }) => ctx.dialogs.chooseSavePath(defaultName),
    exportJsonl: ({ path }) => exportCanonicalJsonl(ctx.workspace, path),
  }
}
