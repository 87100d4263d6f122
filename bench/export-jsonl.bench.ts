import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { canonicalRecord, type CanonicalRecord } from '../src-main/core/export'
import { openServices, type Services } from '../src-main/services'
import { findResourcesDir } from '../src-main/store/workspace/resources-dir'
import { median, round, timeRuns, type Figure } from './measure'
import { generateWorkspace } from './store-workspace'

const DOCUMENTS = 2000
const SPANS_PER_DOCUMENT = 50

/**
 * Canonical export of 2,000 documents with 100,000 spans:
 * - export.jsonl_ms: exportJsonl of an open workspace whose documents have been read (as the app
 *   holds the documents it has opened), median of 9 runs; each run still checks every file on disk (its stat, or its bytes when the stat cannot tell);
 * - export.vs_stringify_ratio: JSON.stringify of the same records, one per line, into one string
 *   (no file, no reading), divided by the export's time: 1 would mean the export costs no more;
 * - export.cold_ms: open the workspace and export it, every file read and checked against the
 *   format (what the command line does), median of 3;
 * - export.peak_rss_mb: peak resident memory of a fresh process doing that cold export.
 */
export async function exportJsonlBench(): Promise<Figure[]> {
  const root = await mkdtemp(join(tmpdir(), 'spanwright-bench-export-'))
  try {
    const workspaceDir = join(root, 'workspace')
    await generateWorkspace(workspaceDir, { documents: DOCUMENTS, spans: SPANS_PER_DOCUMENT, textBytes: 4000, seed: 6 })
    spawnSync('sync')
    const peak = peakRss(workspaceDir, join(root, 'cold.jsonl'))
    const open = (): Promise<Services> =>
      openServices({ workspaceDir, resourcesDir: findResourcesDir(import.meta.url), access: 'read', dialogs: { chooseSavePath: async () => null } })
    const out = join(root, 'out.jsonl')
    const coldTimes = await timeRuns(async () => {
      const services = await open()
      await services.exportDataset({ path: out, format: 'jsonl' })
      await services.close()
    }, 3, 1)
    const services = await open()
    const records: CanonicalRecord[] = []
    for (const entry of services.workspace.entries()) {
      records.push(canonicalRecord(await services.workspace.readDocument(entry.id), { annotator: services.workspace.annotator, status: entry.status }))
    }
    const spans = records.reduce((n, r) => n + r.spans.length, 0)
    if (records.length !== DOCUMENTS || spans !== DOCUMENTS * SPANS_PER_DOCUMENT) throw new Error(`generated ${records.length} documents, ${spans} spans`)
    // Runs alternate, export then stringify, so both see the same load on the machine;
    // the ratio is the median of each adjacent pair's ratio.
    const exportTimes: number[] = []
    const ratios: number[] = []
    let sink = 0
    for (let run = -1; run < 9; run++) {
      const t0 = performance.now()
      await services.exportDataset({ path: out, format: 'jsonl' })
      const t1 = performance.now()
      let text = ''
      for (const r of records) text += `${JSON.stringify(r)}\n`
      sink += text.length
      const t2 = performance.now()
      if (run < 0) continue // warm-up
      exportTimes.push(t1 - t0)
      ratios.push((t2 - t1) / (t1 - t0))
    }
    await services.close()
    if (sink === 0) throw new Error('nothing was stringified')
    const exportMs = median(exportTimes)
    return [
      { bench: 'export.jsonl_ms', value: round(exportMs), unit: 'ms', target: 1000 },
      { bench: 'export.vs_stringify_ratio', value: round(median(ratios), 3), unit: 'ratio', target: 0.5 },
      { bench: 'export.cold_ms', value: round(median(coldTimes)), unit: 'ms', target: 3000 },
      { bench: 'export.peak_rss_mb', value: round(peak, 1), unit: 'mb', target: 400 },
    ]
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

function peakRss(workspaceDir: string, out: string): number {
  const child = fileURLToPath(new URL('./export-rss-child.ts', import.meta.url))
  const run = spawnSync(process.execPath, ['--import', 'tsx', child, workspaceDir, out], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`export-rss-child failed: ${run.stderr}`)
  return (JSON.parse(run.stdout) as { peak: number }).peak
}
