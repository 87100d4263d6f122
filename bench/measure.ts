/** One figure of `npm run bench`, printed as a JSON line. */
export interface Figure {
  bench: string
  value: number
  unit: 'ms' | 'mb' | 'ratio' | 'frames'
  target: number
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** The value below which `p` (0..1) of the values lie (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number
}

/** Runs `task` `warmup` times unmeasured, then `runs` times; returns each run's milliseconds. */
export async function timeRuns(task: () => Promise<unknown>, runs: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await task()
    times.push(performance.now() - t0)
  }
  return times
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits

export function print(figure: Figure): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`)
}
