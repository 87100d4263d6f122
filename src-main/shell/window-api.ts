/**
 * The contract as the window calls it: the same services, with every file named
 * by a token a dialog gave (see path-grants.ts). Dialog answers become tokens on
 * the way out; tokens become paths on the way in. An opened document's spans go as
 * columns (core/span-columns.ts). Every other method passes as it is.
 */
import type { Api, OpenedDocument, OpenedDocumentColumns, WindowContract } from '../api'
import { methodRecord } from '../api-records'
import { toSpanColumns } from '../core/span-columns'
import type { PathGrants } from './path-grants'

type PathMethods = Pick<WindowContract, 'chooseExportPath' | 'exportDataset' | 'chooseImportPaths' | 'importFiles' | 'compareWith' | 'getReview'>
type OpenMethods = Pick<WindowContract, 'openDocument' | 'reopenDocument'>

/** What the window needs to draw a document, in a form cheap to move and parse. */
export const asColumns = (doc: OpenedDocument): OpenedDocumentColumns => ({ ...doc, spans: toSpanColumns(doc.spans) })

export function windowApi(api: Api, grants: PathGrants): WindowContract {
  // Every other method has the same input and output on both sides (api.ts builds WindowOutputs from ApiOutputs).
  const same = methodRecord((method) => (input: unknown) => (api[method] as (input: unknown) => Promise<unknown>).call(api, input))
  const paths: PathMethods = {
    chooseExportPath: async (input) => {
      const path = await api.chooseExportPath(input)
      return path === null ? null : { token: grants.grant('save', [path]), path }
    },
    exportDataset: ({ token, ...request }) => api.exportDataset({ ...request, path: first(grants.resolve(token, 'save', 'exportDataset')) }),
    chooseImportPaths: async (input) => {
      const chosen = await api.chooseImportPaths(input)
      return chosen.length ? { token: grants.grant('open', chosen), paths: chosen } : null
    },
    importFiles: ({ token, ...request }) => api.importFiles({ ...request, paths: grants.resolve(token, 'open', 'importFiles') }),
    compareWith: ({ token }) => api.compareWith({ path: first(grants.resolve(token, 'open', 'compareWith')) }),
    getReview: async (input) => {
      const target = await api.getReview(input)
      // The kept review's file was chosen in a dialog before: resuming it needs no new choice.
      return target && { ...target, token: grants.grant('open', [target.path]) }
    },
  }
  const opens: OpenMethods = {
    openDocument: async (input) => asColumns(await api.openDocument(input)),
    reopenDocument: async (input) => {
      const answer = await api.reopenDocument(input)
      return 'unchanged' in answer ? answer : asColumns(answer)
    },
  }
  return { ...same, ...paths, ...opens } as unknown as WindowContract
}

const first = (paths: string[]): string => paths[0] ?? ''
