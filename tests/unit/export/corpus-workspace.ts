/**
 * The Unicode corpus as a real workspace on disk: its files imported through
 * the services (so NFD and CRLF are normalized on the way in), then its spans
 * added as an analyst would, with exact boundaries.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openServices, type Services } from '../../../src-main/services'
import { RESOURCES_DIR } from '../../support/services'
import { CORPUS, locate } from './unicode-corpus'
import { addSpan } from '../../support/span-edits'

export async function corpusWorkspace(dir: string, annotator = 'lan'): Promise<{ services: Services; spans: number; workspace: string }> {
  let tick = 0
  const workspace = join(dir, 'workspace')
  const services = await openServices({
    workspaceDir: workspace,
    resourcesDir: RESOURCES_DIR,
    annotator,
    seed: false,
    now: () => new Date(Date.UTC(2026, 10, 23, 8, 0, tick++)),
    dialogs: { chooseSavePath: async () => null },
  })
  const paths: string[] = []
  for (const c of CORPUS) {
    const path = join(dir, c.name)
    await writeFile(path, c.bytes)
    paths.push(path)
  }
  const imported = await services.importFiles({ paths })
  if (imported.imported.length !== CORPUS.length) throw new Error(`corpus import failed: ${JSON.stringify(imported.problems)}`)
  let spans = 0
  for (const [i, c] of CORPUS.entries()) {
    const docId = (imported.imported[i] as { id: string }).id
    const { text } = await services.openDocument({ docId })
    for (const s of c.spans) {
      const [start, end] = locate(text, s.find, s.nth)
      await addSpan(services, { docId, start, end, label: s.label, snap: 'exact' })
      spans++
    }
  }
  return { services, spans, workspace }
}
