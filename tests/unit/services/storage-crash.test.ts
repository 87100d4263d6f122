import { describe, expect, it } from 'vitest'
import { runCrashRuns } from '../../../scripts/crash-runs'
import { RESOURCES_DIR } from '../../support/services'

describe('a process killed while editing', () => {
  it('loses no confirmed edit and leaves a workspace that opens cleanly, over 50 random kills', async () => {
    const counts = await runCrashRuns({ runs: 50, resourcesDir: RESOURCES_DIR, seed: 5 })
    expect(counts.problems).toEqual([])
    expect(counts.runs).toBe(50)
    // Not vacuous: edits were confirmed, kills hit edits in flight, and every kill left the child's lock to take over.
    expect(counts.confirmedEdits).toBeGreaterThan(100)
    expect(counts.killsMidEdit).toBeGreaterThan(25)
    expect(counts.staleLocks).toBe(50)
    expect(counts.filesParsed).toBeGreaterThan(50 * 6)
  }, 300_000)
})
