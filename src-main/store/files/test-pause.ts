/**
 * A test seam for kill -9: with SPANWRIGHT_TEST_PAUSE=<point> in its environment,
 * the process says so on stderr when it reaches that point and waits there until
 * it is killed, so a test can kill it at a known moment. Nothing else sets it.
 */
export async function pauseForKill(point: 'export-partial' | 'export-replace' | 'import-files'): Promise<void> {
  if (process.env.SPANWRIGHT_TEST_PAUSE !== point) return
  process.stderr.write(`spanwright: paused at ${point}\n`)
  await new Promise<never>(() => setInterval(() => undefined, 60_000))
}
