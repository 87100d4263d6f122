/**
 * Where an uncached open of the 1 MB / 10,000-span document spends its time: the
 * page's CPU profile (DevTools protocol) and this process's (the services and the
 * harness's IPC stand-in run here), each summed by function, self time.
 *
 *   npm run build && node --import tsx scripts/profile-open.mts [runs] [--paragraphs N] [--steps] [--trace]
 *
 * --steps: only the steps' times (page marks), no profiler; --trace: also the page's trace events.
 */
import { Session } from 'node:inspector/promises'
import { armPaintProbe, installPaintProbe, readPaintProbe } from '../bench/paint-probe'
import { withLongWindow } from './long-window'
import type { ProfileNode } from './trace-breakdown'

interface Profile {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
  startTime: number
  endTime: number
}

/** Total time (callees included) by function of the app's bundle (ms), biggest first. */
function totalTimes(profile: Profile, top = 25): string[] {
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const totals = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  for (let i = 0; i < samples.length; i++) {
    const seen = new Set<string>()
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id)
      if (!node || !node.callFrame.url.includes('/assets/')) continue
      const { functionName, lineNumber } = node.callFrame
      seen.add(`${functionName || '(anonymous)'}:${lineNumber + 1}`)
    }
    for (const key of seen) totals.set(key, (totals.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000)
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`)
}

/** Self time by function (ms), biggest first. */
function selfTimes(profile: Profile, top = 25): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const totals = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] as number)
    if (!node) continue
    const { functionName, url, lineNumber } = node.callFrame
    const file = url.split('/').pop() ?? ''
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`
    totals.set(key, (totals.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000)
  }
  const total = (profile.endTime - profile.startTime) / 1000
  return [
    `  total ${total.toFixed(1)} ms`,
    ...[...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`),
  ]
}

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  tid: number
  pid: number
  args?: { name?: string }
}

/** Time on the page's main thread by event name (total, children included), biggest first. */
function traceTotals(buffer: Buffer, top = 25): string[] {
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const totals = new Map<string, number>()
  for (const e of events) {
    if (!main || e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X' || !e.dur) continue
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000)
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`)
}

const args = process.argv.slice(2)
const tracing = args.includes('--trace')
/** Only the steps' times, without the profilers' own cost. */
const quiet = args.includes('--steps')
const paragraphsAt = args.indexOf('--paragraphs')
const paragraphs = paragraphsAt >= 0 ? Number(args[paragraphsAt + 1]) : undefined
const runs = Number(args.find((a, i) => /^\d+$/.test(a) && (paragraphsAt < 0 || i !== paragraphsAt + 1)) ?? 3)
await withLongWindow('profile-open', async (app, long) => {
  const { page } = app
  const node = new Session()
  node.connect()
  await node.post('Profiler.enable')
  await node.post('Profiler.setSamplingInterval', { interval: 100 })
  try {
    await installPaintProbe(page)
    // Every frame's start, to count the frames between the document's arrival and its paint.
    await page.addInitScript({ content: `globalThis.__frames = []; const loop = () => { __frames.push(performance.now()); if (__frames.length > 600) __frames.shift(); requestAnimationFrame(loop) }; requestAnimationFrame(loop)` })
    await page.evaluate(() => localStorage.setItem('spanwright:perf', '1'))
    const documents = page.getByRole('navigation', { name: 'Documents' }).locator('button.doc')
    const count = page.locator('[aria-labelledby="span-panel-heading"] .count')
    const firstScreen = (await app.services.openDocument({ docId: long.longId })).spans.slice(0, 5).map((s) => s.text)
    for (let run = 0; run < runs; run++) {
      await documents.nth(1).click()
      await count.filter({ hasText: /^0$/ }).waitFor()
      await page.reload()
      await count.filter({ hasText: /^0$/ }).waitFor()
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))))
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
      if (!quiet) await cdp.send('Profiler.start')
      if (!quiet) await node.post('Profiler.start')
      const browser = page.context().browser()
      if (tracing && browser) await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink', 'disabled-by-default-devtools.timeline'] })
      await armPaintProbe(page, firstScreen, 'click')
      await documents.nth(0).click()
      const mark = await readPaintProbe(page)
      const trace = tracing && browser ? await browser.stopTracing() : null
      const pageProfile = quiet ? null : ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile
      const nodeProfile = quiet ? null : ((await node.post('Profiler.stop')) as { profile: Profile }).profile
      await count.filter({ hasText: String(long.spans) }).waitFor()
      console.log(`run ${run + 1}: first paint ${mark ? `${mark.ms.toFixed(1)} ms, frame ${mark.frames}` : "never"}`)
      if (mark) {
        // The steps on the page's clock, from the click: the call made, the result fetched, the document shown, painted.
        const steps = (await page.evaluate(`(() => {
          const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? null
          const results = performance.getEntriesByType('resource').filter((e) => e.name.includes('/results/')).at(-1)
          const received = at('sw:received')
          const frames = globalThis.__frames.filter((t) => t > received).map((t) => Math.round(t - received))
          return { arrived: at('sw:arrived'), shown: at('sw:shown'), open: at('sw:open'), fetchStart: results?.startTime ?? null, responseEnd: results?.responseEnd ?? null, received, frames: frames.slice(0, 8).join(' ') }
        })()`)) as Record<'arrived' | 'shown' | 'open' | 'fetchStart' | 'responseEnd' | 'received', number | null> & { frames: string }
        const click = mark.end - mark.ms
        const rel = (t: number | null): string => (t === null ? '-' : (t - click).toFixed(1))
        console.log(`  steps from click (ms): open ${rel(steps.open)}, fetch start ${rel(steps.fetchStart)}, response end ${rel(steps.responseEnd)}, arrived ${rel(steps.arrived)}, received ${rel(steps.received)}, shown ${rel(steps.shown)}, painted ${mark.ms.toFixed(1)}; frames after arrival at +${steps.frames} ms`)
      }
      if (trace) console.log(' page main thread (trace, total time by event):\n' + traceTotals(trace).join('\n'))
      if (pageProfile && nodeProfile) {
        console.log(' page (self time):')
        console.log(selfTimes(pageProfile).join('\n'))
        console.log(" page, the app's functions (total time):")
        console.log(totalTimes(pageProfile, 40).join('\n'))
        console.log(' main process (self time):')
        console.log(selfTimes(nodeProfile, 12).join('\n'))
      }
      await cdp.detach()
    }
  } finally {
    node.disconnect()
  }
}, paragraphs)
