import { join } from 'node:path'
import { openServices, type Services } from '../../../src-main/services'
import { RESOURCES_DIR } from '../../support/services'
import { corpusDocuments } from '../export/unicode-corpus'

/** A workspace holding the corpus documents as they are (notes, attributes, statuses included). */
export async function corpusDocsWorkspace(dir: string, name = 'source', annotator = 'lan'): Promise<Services> {
  const services = await openServices({
    workspaceDir: join(dir, name),
    resourcesDir: RESOURCES_DIR,
    annotator,
    seed: false,
    now: () => new Date(Date.UTC(2026, 10, 24, 9, 0, 0)),
    dialogs: { chooseSavePath: async () => null },
  })
  await services.workspace.addDocuments(corpusDocuments())
  return services
}
