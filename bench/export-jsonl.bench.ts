import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openServices } from '../src-main/services'
import { findResourcesDir } from '../src-main/store/resources-dir'
import { median, round, timeRuns, type Figure } from './measure'

/** `export.jsonl_ms`: canonical export of the five seed articles, median of 21 runs. */
export async function exportJsonlBench(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'spanwright-bench-'))
  try {
    const services = await openServices({
      workspaceDir: join(dir, 'workspace'),
      resourcesDir: findResourcesDir(import.meta.url),
      annotator: 'bench',
      dialogs: { chooseSavePath: async () => null },
    })
    for (const doc of await services.listDocuments({})) {
      const { text } = await services.openDocument({ docId: doc.id })
      const length = [...text].length
      for (let at = 0; at + 20 < length; at += 97) {
        await services.addSpan({ docId: doc.id, start: at, end: at + 20, label: 'figure', snap: 'token' }).catch(() => undefined)
      }
    }
    const times = await timeRuns(() => services.exportJsonl({ path: join(dir, 'out.jsonl') }), 21)
    await services.close()
    return [{ bench: 'export.jsonl_ms', value: round(median(times)), unit: 'ms', target: 100 }]
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
