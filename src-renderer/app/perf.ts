/**
 * Performance marks for `npm run bench`, recorded only when the page has
 * localStorage "spanwright:perf" = "1" (the benchmark sets it). Figures are read
 * from performance.getEntriesByName by the benchmark, never from app state.
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
  /** The opened document arrived (first paint = this wait plus drawing it). */
  received: 'sw:received',
  firstPaint: 'sw:first-paint',
  keypress: 'sw:keypress-to-paint',
  selection: 'sw:selection-to-offsets',
} as const

export function perfMark(name: string): void {
  if (enabled) performance.mark(name)
}

/** Measures from `start` (a mark's name, or a timestamp such as a key event's) to a task run after the next frame. */
export function measureAfterPaint(name: string, start: string | number): void {
  if (!enabled || (typeof start === 'string' && performance.getEntriesByName(start, 'mark').length === 0)) return
  requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      const end = performance.now()
      performance.measure(name, { start, end })
      if (name === PERF.firstPaint && performance.getEntriesByName(PERF.received, 'mark').length) {
        performance.measure(`${name}:drawing`, { start: PERF.received, end })
        performance.clearMarks(PERF.received)
      }
      if (typeof start === 'string') performance.clearMarks(start)
    }
    channel.port2.postMessage(null)
  })
}

/** Runs `fn`, measuring how long it took. */
export function measured<T>(name: string, fn: () => T): T {
  if (!enabled) return fn()
  const start = performance.now()
  const result = fn()
  performance.measure(name, { start, end: performance.now() })
  return result
}
