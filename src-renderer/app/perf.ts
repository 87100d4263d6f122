/**
 * Performance marks for `npm run bench`, recorded only when the page has
 * localStorage "spanwright:perf" = "1" (the benchmark sets it). Figures are read
 * from performance.getEntriesByName by the benchmark, never from app state. When
 * something is on screen is not the app's to say: the bench's paint probe
 * (bench/paint-probe.ts) checks the highlight registry frame by frame.
 */
const enabled = ((): boolean => {
  try {
    return localStorage.getItem('spanwright:perf') === '1'
  } catch {
    return false
  }
})()

export const PERF = {
  open: 'sw:open',
  /** The opened document's answer arrived from the main process, before its spans are rebuilt from columns. */
  arrived: 'sw:arrived',
  /** The opened document arrived (the bench sets it against the paint probe's end: the drawing part of first paint). */
  received: 'sw:received',
  selection: 'sw:selection-to-offsets',
  /** The document is handed to the window's state; what follows is drawing it. */
  shown: 'sw:shown',
} as const

export function perfMark(name: string): void {
  if (enabled) performance.mark(name)
}

/** Runs `fn`, measuring how long it took. */
export function measured<T>(name: string, fn: () => T): T {
  if (!enabled) return fn()
  const start = performance.now()
  const result = fn()
  performance.measure(name, { start, end: performance.now() })
  return result
}
