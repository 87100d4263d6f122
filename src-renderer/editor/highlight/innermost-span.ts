/** Which span a click at a code point offset picks: the shortest one covering it. */
export interface Extent {
  id: string
  start: number
  end: number
}

export function innermostSpanAt<T extends Extent>(spans: readonly T[], offset: number): T | null {
  let best: T | null = null
  for (const s of spans) {
    if (s.start <= offset && offset < s.end && (!best || s.end - s.start <= best.end - best.start)) best = s
  }
  return best
}
