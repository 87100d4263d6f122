/** DevTools trace helpers for scripts/profile-tag.mts: a trace around a run, its main-thread time by kind, a JS call tree. */
import type { CDPSession, Page } from 'playwright-core'

export interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** Thread (CPU) time: less moved than wall time by other jobs on the machine. */
  tdur?: number
  pid: number
  tid: number
  args?: { data?: { type?: string } }
}

export const CATEGORY: Record<string, string> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  'LocalFrameView::RunPostLifecycleSteps': 'paint',
  HitTest: 'layout',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  FunctionCall: 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'v8.run': 'script',
  EvaluateScript: 'script',
  'V8.Execute': 'script',
  FireIdleCallback: 'script',
}

export const nextFrame = (page: Page): Promise<unknown> => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))

export async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  if (process.env.PROFILE_OFF) {
    await run()
    return []
  }
  const events: TraceEvent[] = []
  // The protocol types trace events as string maps; the timeline's events carry these fields.
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])))
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'toplevel'] },
  })
  await run()
  await cdp.send('Tracing.end')
  await done
  return events
}

/** Self time (µs) by category of the main thread's events inside [from, to]. */
export function breakdown(events: TraceEvent[], tid: number, from: number, to: number): Record<string, number> {
  const spans = events.filter((e) => e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts < to && e.ts + (e.dur ?? 0) > from).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const out: Record<string, number> = {}
  // Self time: each event's duration, clipped to the window, minus that of its children.
  // CPU time, the part of the event inside the window (by its wall-clock share).
  const clip = (e: TraceEvent): number => {
    const wall = e.dur ?? 0
    const inside = Math.max(0, Math.min(e.ts + wall, to) - Math.max(e.ts, from))
    return wall > 0 ? ((e.tdur ?? wall) * inside) / wall : 0
  }
  const childTime = new Map<TraceEvent, number>()
  const parents: TraceEvent[] = []
  for (const e of spans) {
    while (parents.length && (parents[parents.length - 1] as TraceEvent).ts + ((parents[parents.length - 1] as TraceEvent).dur ?? 0) <= e.ts) parents.pop()
    const parent = parents[parents.length - 1]
    if (parent) childTime.set(parent, (childTime.get(parent) ?? 0) + clip(e))
    parents.push(e)
  }
  // A category is inherited from the nearest categorised ancestor.
  parents.length = 0
  const catOf = new Map<TraceEvent, string>()
  for (const e of spans) {
    while (parents.length && (parents[parents.length - 1] as TraceEvent).ts + ((parents[parents.length - 1] as TraceEvent).dur ?? 0) <= e.ts) parents.pop()
    const parent = parents[parents.length - 1]
    const cat = CATEGORY[e.name] ?? (parent ? (catOf.get(parent) ?? 'other') : 'other')
    catOf.set(e, cat)
    parents.push(e)
    const self = clip(e) - (childTime.get(e) ?? 0)
    out[cat] = (out[cat] ?? 0) + self
    if (process.env.PROFILE_NAMES) out[`${cat}/${e.name}`] = (out[`${cat}/${e.name}`] ?? 0) + self
  }
  return out
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : 0
}

export interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}

/** The profiles' call trees merged by call path, nodes of at least `minMs` a tag, with their total time a tag. */
export function printTree(profiles: Array<{ nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }>, minMs: number): void {
  interface Merged {
    total: number
    children: Map<string, Merged>
  }
  const top: Merged = { total: 0, children: new Map() }
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]))
    const parentOf = new Map<number, number>()
    for (const n of p.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id)
    p.samples.forEach((id, k) => {
      const path: string[] = []
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        const f = (byId.get(at) as ProfileNode).callFrame
        path.unshift(`${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`)
      }
      if (path.some((x) => x.startsWith('(idle)') || x.startsWith('(program)'))) return
      const dt = (p.timeDeltas[k] ?? 0) / 1000 / profiles.length
      let node = top
      for (const name of path) {
        let next = node.children.get(name)
        if (!next) node.children.set(name, (next = { total: 0, children: new Map() }))
        next.total += dt
        node = next
      }
    })
  }
  const walk = (node: Merged, depth: number): void => {
    for (const [name, child] of [...node.children].sort((a, b) => b[1].total - a[1].total)) {
      if (child.total < minMs) continue
      // Chains of one child are folded into one line.
      console.log(`${' '.repeat(depth)}${child.total.toFixed(2)} ${name}`)
      walk(child, depth + 1)
    }
  }
  walk(top, 0)
}
