/**
 * What the window's JS heap holds with the long document open (1 MB, 10,000 spans)
 * against the same window with only the short document open, as bench/peers/sides.ts
 * reaches it (reload on the short one, click the long one): heap snapshots (DevTools
 * protocol), summed by kind and by what retains the most.
 *
 *   npm run build && node --import tsx scripts/profile-heap.mts [--top N] [--settle MS] [--base]
 *
 * The heap is read when the bench reads it (bench/peers/sides.ts): the document drawn, its
 * spans in the panel, its suggestions arrived. --settle: also read it this long after that.
 * --base: also what the window holds with only the short document open (its baseline).
 */
import { installPaintProbe } from '../bench/paint-probe'
import { readPeerDocument } from '../bench/peers/peer-document'
import { openLong, reloadOnShort } from '../bench/peers/sides'
import { withLongWindow } from './long-window'
import { byHolder, byKind, describe, dominatorPath, EMPTY_SNAPSHOT, readSnapshot, takeSnapshot, type HeapGraph } from './heap-snapshot'

const args = process.argv.slice(2)
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name)
  return at >= 0 ? Number(args[at + 1]) : fallback
}
const top = option('--top', 25)
const settle = option('--settle', 0)
const kb = (n: number): string => `${(n / 1024).toFixed(0).padStart(7)} kB`

/** Kinds whose self size changed most from `base` to `long`. */
function kindDiff(base: HeapGraph, long: HeapGraph): string[] {
  const a = byKind(base)
  const b = byKind(long)
  const keys = new Set([...a.keys(), ...b.keys()])
  return [...keys]
    .map((k) => ({ k, d: (b.get(k)?.size ?? 0) - (a.get(k)?.size ?? 0), n: (b.get(k)?.count ?? 0) - (a.get(k)?.count ?? 0) }))
    .sort((x, y) => Math.abs(y.d) - Math.abs(x.d))
    .slice(0, top)
    .map(({ k, d, n }) => `  ${kb(d)}  ${String(n).padStart(7)} more  ${k}`)
}

/** V8 objects (not Blink's) summed by their shape and what holds them, long − short. */
function holderDiff(base: HeapGraph, long: HeapGraph): string[] {
  const v8 = (g: HeapGraph) => (i: number): boolean => g.type[i] !== 'native' && g.type[i] !== 'synthetic' && g.type[i] !== 'code'
  const a = byHolder(base, v8(base))
  const b = byHolder(long, v8(long))
  return [...new Set([...a.keys(), ...b.keys()])]
    .map((k) => ({ k, d: (b.get(k)?.size ?? 0) - (a.get(k)?.size ?? 0), n: (b.get(k)?.count ?? 0) - (a.get(k)?.count ?? 0) }))
    .sort((x, y) => Math.abs(y.d) - Math.abs(x.d))
    .slice(0, top)
    .map(({ k, d, n }) => `  ${kb(d)}  ${String(n).padStart(7)} more  ${k}`)
}

/** Nodes with the largest retained size that are not someone's only child (the "owners"), with their dominator chain. */
function owners(g: HeapGraph): string[] {
  const rows: string[] = []
  const ids = [...Array(g.count).keys()].filter((i) => g.type[i] !== 'synthetic' && (g.retained[i] as number) > 64 * 1024)
  ids.sort((x, y) => (g.retained[y] as number) - (g.retained[x] as number))
  for (const i of ids.slice(0, top)) rows.push(`  ${kb(g.retained[i] as number)} retained, ${kb(g.selfSize[i] as number)} self  ${describe(g, i)}\n      ${dominatorPath(g, i)}`)
  return rows
}

/** Strings of 8 kB or more, with what holds each. */
function bigStrings(g: HeapGraph): string[] {
  const ids = [...Array(g.count).keys()].filter((i) => (g.type[i] as string).includes('string') && (g.selfSize[i] as number) >= 8192)
  ids.sort((x, y) => (g.selfSize[y] as number) - (g.selfSize[x] as number))
  return ids.slice(0, top).map((i) => `  ${kb(g.selfSize[i] as number)}  ${describe(g, i)}\n      ${dominatorPath(g, i)}`)
}

function total(g: HeapGraph, kinds: (t: string) => boolean): number {
  let n = 0
  for (let i = 0; i < g.count; i++) if (kinds(g.type[i] as string)) n += g.selfSize[i] as number
  return n
}

function report(title: string, before: HeapGraph, after: HeapGraph): void {
  const v8 = (t: string): boolean => t !== 'native' && t !== 'synthetic'
  console.log(`\n## ${title}`)
  console.log(`snapshot, V8 objects: ${kb(total(before, v8))} → ${kb(total(after, v8))}; Blink (native): ${kb(total(before, (t) => t === 'native'))} → ${kb(total(after, (t) => t === 'native'))}`)
  console.log('\nWhat grew, by kind (self size):')
  console.log(kindDiff(before, after).join('\n'))
  console.log('\nWhat grew, by shape and holder (self size; holder = immediate dominator):')
  console.log(holderDiff(before, after).join('\n'))
  console.log('\nThe biggest retainers after (dominator tree):')
  console.log(owners(after).join('\n'))
  console.log('\nStrings of 8 kB or more after:')
  console.log(bigStrings(after).join('\n'))
}

await withLongWindow('profile-heap', async ({ page }, long) => {
  await installPaintProbe(page)
  const firstTexts = readPeerDocument(long.dir, long.longId).firstTexts
  await reloadOnShort(page)
  const cdp = await page.context().newCDPSession(page)
  const usage = async (): Promise<number> => {
    await cdp.send('HeapProfiler.collectGarbage')
    return (await cdp.send('Runtime.getHeapUsage')).usedSize
  }
  const baseUsed = await usage()
  const base = await takeSnapshot(cdp)
  if (args.includes('--base')) report('the short document open (the baseline) − nothing', readSnapshot(EMPTY_SNAPSHOT), base)
  await openLong(page, firstTexts)
  const longUsed = await usage()
  const opened = await takeSnapshot(cdp)
  console.log(`Runtime.getHeapUsage after gc: short document ${kb(baseUsed)}, long ${kb(longUsed)} (${kb(longUsed - baseUsed)} more)`)
  report('the long document wholly open (as the bench reads it) − the short one', base, opened)
  if (settle > 0) {
    await page.waitForTimeout(settle)
    const settledUsed = await usage()
    console.log(`\nRuntime.getHeapUsage after gc, ${settle} ms later: ${kb(settledUsed)} (${kb(settledUsed - longUsed)} more)`)
    report(`${settle} ms later − at the paint`, opened, await takeSnapshot(cdp))
  }
  await cdp.detach()
})
