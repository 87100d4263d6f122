import { describe, expect, it } from 'vitest'
import { raceStaleLock } from '../../../scripts/lock-race'

describe('a stale lock taken over by many processes at once', () => {
  it('has one holder at a time: one process takes it, every other is told it is in use', async () => {
    const counts = await raceStaleLock({ processes: 12, rounds: 25 })
    expect(counts.problems).toEqual([])
    expect(counts).toMatchObject({ rounds: 25, takenOnce: 25, twoHolders: 0 })
  }, 120_000)
})
