import { mkdtempSync, rmSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { nanoid } from 'nanoid'
import { createOffsetMap } from '../src-main/core/offsets'
import { snapRange } from '../src-main/core/snap'
import { openServices } from '../src-main/services'
import { writeFileAtomic } from '../src-main/store/files/atomic-write'
import { documentPath } from '../src-main/store/workspace/layout'
import { findResourcesDir } from '../src-main/store/workspace/resources-dir'
import { makeLongWorkspace } from '../tests/support/long-workspace'
import { median, percentile, round, type Figure } from './measure'
import { seeded } from './store-workspace'

const EDITS = 50
const WARMUP = 3

/**
 * `store.edit_persist_p95_ms.1mb`: one span edit in the largest document
 * Spanwright takes (1 MB of text, 10,000 spans; its file is about 6 MB with the
 * tokens), from the applySpanEdits call until the file is durable on disk; p95
 * of 50 edits at random words, snapped as the window snaps them (not timed).
 * The first edits after opening are not counted: they fill the store's caches.
 *
 * `store.atomic_write_p95_ms.1mb`: the floor under it, taken in turns with the
 * edits: one durable replace (write, fsync, rename, fsync of the folder) of a
 * file as large as that document's, on the same disk.
 */
export async function storeEditLongBench(): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'spanwright-bench-long-'))
  try {
    const { dir, longId } = await makeLongWorkspace(join(root, 'ws'))
    const services = await openServices({ workspaceDir: dir, resourcesDir: findResourcesDir(import.meta.url), annotator: 'bench', dialogs: { chooseSavePath: async () => null } })
    const doc = await services.openDocument({ docId: longId })
    const map = createOffsetMap(doc.text)
    const words = [...doc.text.matchAll(/(?<!\p{L})\p{L}/gu)].map((m) => map.toCodePoint(m.index))
    const sample = join(root, 'floor.json')
    const random = seeded(11)
    const times: number[] = []
    const floor: number[] = []
    let count = doc.spanCount
    let saved = 0
    let firstEdit = 0
    for (let tries = 0; times.length < EDITS && tries < 10 * EDITS; tries++) {
      const start = words[Math.floor(random() * words.length)] as number
      const [from, to] = snapRange(map, start, start + 1, 'token') ?? [start, start + 1]
      const span = { id: nanoid(12), start: from, end: to, label: 'figure' }
      const t0 = performance.now()
      const summary = await services.applySpanEdits({ docId: longId, edits: [{ op: 'add', span }] }).then((r) => r.summary, () => null)
      const elapsed = performance.now() - t0
      // A repeat is refused and writes nothing: another place is tried.
      if (!summary || summary.spanCount === count) continue
      count = summary.spanCount
      if (++saved === 1) firstEdit = elapsed
      if (saved <= WARMUP) continue
      times.push(elapsed)
      const bytes = await readFile(documentPath(dir, longId))
      const t1 = performance.now()
      await writeFileAtomic(sample, bytes)
      floor.push(performance.now() - t1)
    }
    if (times.length < EDITS) throw new Error(`only ${times.length} of ${EDITS} edits were saved`)
    const size = (await stat(documentPath(dir, longId))).size
    await services.close()
    process.stderr.write(`store-edit-long: document file ${(size / 2 ** 20).toFixed(2)} MB, ${count} spans; first edit after opening ${round(firstEdit)} ms, then median ${round(median(times))} ms; median floor ${round(median(floor))} ms\n`)
    return [
      { bench: 'store.edit_persist_p95_ms.1mb', value: round(percentile(times, 0.95)), unit: 'ms', target: 10 },
      { bench: 'store.atomic_write_p95_ms.1mb', value: round(percentile(floor, 0.95)), unit: 'ms', target: 10 },
    ]
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
