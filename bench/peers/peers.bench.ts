/**
 * Spanwright beside @recogito/text-annotator 4 (CSS Custom Highlights renderer) on the
 * same generated document (1 MB, 10,000 spans, a tenth nested), in the same Chromium,
 * with the same paint clock (bench/paint-probe.ts). Rounds alternate which side goes
 * first; each round is a fresh page per side. Ratios are recogito ÷ Spanwright of the
 * medians: higher is better for Spanwright.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp } from '../../tests/e2e/harness'
import { serveFolder } from '../../tests/e2e/static-server'
import { makeLongWorkspace } from '../../tests/support/long-workspace'
import { median, round, type Figure } from '../measure'
import { readPeerDocument } from './peer-document'
import { buildRecogitoSite } from './recogito-site'
import { prepareSpanwright, recogitoRound, spanwrightRound, type RoundResult } from './sides'

// Recogito spends about two minutes opening this document (see README), hence few rounds.
const ROUNDS = 3
const TAGS_PER_ROUND = 10
const VIEWPORT = { width: 1440, height: 900 }

interface Side {
  open: number[]
  heap: number[]
  tag: number[]
}

const add = (side: Side, r: RoundResult): void => {
  side.open.push(r.openMs)
  side.heap.push(r.heapMb)
  side.tag.push(...r.tagMs)
}

export async function peersBench(): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'spanwright-bench-peers-'))
  try {
    const long = await makeLongWorkspace(join(root, 'workspace'))
    const doc = readPeerDocument(long.dir, long.longId)
    await buildRecogitoSite(join(root, 'recogito'), doc)
    const site = await serveFolder(join(root, 'recogito'))
    const app = await openApp({ workspace: long.dir, viewport: VIEWPORT })
    try {
      const browser = app.page.context().browser()
      if (!browser) throw new Error('the harness page has no browser')
      await prepareSpanwright(app)
      const ours: Side = { open: [], heap: [], tag: [] }
      const theirs: Side = { open: [], heap: [], tag: [] }
      const plan = (taken: string[]) => ({ firstTexts: doc.firstTexts, tags: TAGS_PER_ROUND, taken })
      const takenOurs: string[] = []
      const takenTheirs: string[] = []
      for (let r = 0; r < ROUNDS; r++) {
        const runOurs = async (): Promise<void> => add(ours, await spanwrightRound(app, plan(takenOurs)))
        const runTheirs = async (): Promise<void> => add(theirs, await recogitoRound(browser, site.origin, VIEWPORT, plan(takenTheirs)))
        if (r % 2 === 0) {
          await runTheirs()
          await runOurs()
        } else {
          await runOurs()
          await runTheirs()
        }
      }
      const m = (xs: number[]): number => median(xs)
      const ratio = (a: number[], b: number[]): number => round(m(a) / m(b))
      // Recogito's own figures are told against the targets we set ourselves.
      return [
        { bench: 'peer.recogito.open_ms', value: round(m(theirs.open)), unit: 'ms', target: 100 },
        { bench: 'peer.spanwright.open_ms', value: round(m(ours.open)), unit: 'ms', target: 100 },
        { bench: 'peer.open_ratio', value: ratio(theirs.open, ours.open), unit: 'ratio', target: 10 },
        { bench: 'peer.recogito.tag_ms', value: round(m(theirs.tag)), unit: 'ms', target: 16 },
        { bench: 'peer.spanwright.tag_ms', value: round(m(ours.tag)), unit: 'ms', target: 16 },
        { bench: 'peer.tag_ratio', value: ratio(theirs.tag, ours.tag), unit: 'ratio', target: 2 },
        { bench: 'peer.recogito.heap_mb', value: round(m(theirs.heap), 1), unit: 'mb', target: 60 },
        { bench: 'peer.spanwright.heap_mb', value: round(m(ours.heap), 1), unit: 'mb', target: 60 },
        { bench: 'peer.heap_ratio', value: ratio(theirs.heap, ours.heap), unit: 'ratio', target: 1.4 },
      ]
    } finally {
      await app.close()
      await site.close()
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
