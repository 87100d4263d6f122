import { openServices } from '../src-main/services'
import { findResourcesDir } from '../src-main/store/workspace/resources-dir'
import { median, round, timeRuns, type Figure } from './measure'
import { benchWorkspace } from './store-workspace'

/** `store.open_ms`: open a workspace of 5,000 documents (10 kB, 20 spans each) and list it; median of 11 runs. */
export async function storeOpenBench(): Promise<Figure[]> {
  const { dir, ids } = await benchWorkspace(5000)
  const resourcesDir = findResourcesDir(import.meta.url)
  const times = await timeRuns(async () => {
    const services = await openServices({ workspaceDir: dir, resourcesDir, annotator: 'bench', dialogs: { chooseSavePath: async () => null } })
    const listed = await services.listDocuments({})
    if (listed.length !== ids.length) throw new Error(`listed ${listed.length} documents of ${ids.length}`)
    await services.close()
  }, 11)
  return [{ bench: 'store.open_ms', value: round(median(times)), unit: 'ms', target: 500 }]
}
