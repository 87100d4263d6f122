import { join } from 'node:path'
import { nanoid } from 'nanoid'
import { createOffsetMap } from '../src-main/core/offsets'
import { snapRange } from '../src-main/core/snap'
import { openServices, type Services } from '../src-main/services'
import { writeFileAtomic } from '../src-main/store/files/atomic-write'
import { findResourcesDir } from '../src-main/store/workspace/resources-dir'
import { round, type Figure } from './measure'
import { benchWorkspace, seeded } from './store-workspace'

const SIZES = [50, 500, 5000] as const
const DOCUMENTS = 40
const PER_DOCUMENT = 5

/**
 * `store.edit_persist_p95_ms.N`: one span edit, from the call to its document
 * file being durable on disk (the call resolves only then), in a workspace of N
 * documents; p95 over 200 edits, 5 on each of 40 random documents, each opened
 * first as the analyst would (not timed). The three workspaces take turns, so a
 * busy disk weighs on all of them alike; flat from 50 to 5,000 because an edit
 * writes its own small file, never the index.
 *
 * `store.atomic_write_p95_ms`: the floor under those figures, taken in the same
 * turns: p95 of one durable replace of a document-sized file (write, fsync,
 * rename, fsync of the folder) on the same disk.
 */
export async function storeEditBench(): Promise<Figure[]> {
  // All made (and flushed) before anything is timed.
  const workspaces = await Promise.all(SIZES.map((size) => benchWorkspace(size)))
  const opened: Services[] = []
  for (const { dir } of workspaces) {
    opened.push(
      await openServices({ workspaceDir: dir, resourcesDir: findResourcesDir(import.meta.url), annotator: 'bench', dialogs: { chooseSavePath: async () => null } }),
    )
  }
  const random = seeded(7)
  const times = SIZES.map(() => [] as number[])
  const floor: number[] = []
  const sample = join(workspaces[0]!.dir, 'bench-floor.json')
  for (let turn = -2; turn < DOCUMENTS; turn++) {
    for (const [i, services] of opened.entries()) {
      const ids = workspaces[i]!.ids
      const docId = ids[Math.floor(random() * ids.length)] as string
      const doc = await services.openDocument({ docId })
      const words = wordStarts(doc.text)
      const map = createOffsetMap(doc.text)
      let count = doc.spanCount
      for (let e = 0, tries = 0; e < PER_DOCUMENT && tries < 50; tries++) {
        const start = words[Math.floor(random() * words.length)] as number
        // Snapped as the window snaps a selection, before the clock starts: the figure is the save.
        const [from, to] = snapRange(map, start, start + 1, 'token') ?? [start, start + 1]
        const t0 = performance.now()
        const span = { id: nanoid(12), start: from, end: to, label: 'figure' }
        const summary = await services.applySpanEdits({ docId, edits: [{ op: 'add', span }] }).then((r) => r.summary, () => null)
        const elapsed = performance.now() - t0
        // Only new spans count (a repeat is refused and writes nothing: try another place); the first turns warm the code up.
        if (!summary || summary.spanCount === count) continue
        count = summary.spanCount
        e++
        if (turn >= 0) times[i]!.push(elapsed)
        if (i === 0 && turn >= 0) {
          const t1 = performance.now()
          await writeFileAtomic(sample, doc.text.repeat(3))
          floor.push(performance.now() - t1)
        }
      }
    }
  }
  for (const services of opened) await services.close()
  return [
    ...SIZES.map((size, i): Figure => ({ bench: `store.edit_persist_p95_ms.${size}`, value: round(p95(times[i]!)), unit: 'ms', target: 10 })),
    { bench: 'store.atomic_write_p95_ms', value: round(p95(floor)), unit: 'ms', target: 10 },
  ]
}

/** Code point offsets where a run of letters starts. */
function wordStarts(text: string): number[] {
  const starts: number[] = []
  let at = 0
  let inWord = false
  for (const ch of text) {
    const letter = /\p{L}/u.test(ch)
    if (letter && !inWord) starts.push(at)
    inWord = letter
    at++
  }
  return starts
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.ceil(sorted.length * 0.95) - 1] as number
}
