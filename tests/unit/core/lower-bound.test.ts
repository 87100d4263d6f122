import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lowerBound } from '../../../src-main/core/lower-bound'

describe('lowerBound', () => {
  it('finds the first item not before the value in any sorted list, as a walk from the start would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (raw, x) => {
        const sorted = [...raw].sort((a, b) => a - b)
        const walked = sorted.findIndex((v) => v >= x)
        expect(lowerBound(sorted.length, (i) => (sorted[i] as number) < x)).toBe(walked < 0 ? sorted.length : walked)
      }),
    )
  })

  it('gives 0 for an empty list and never asks outside it', () => {
    const asked: number[] = []
    expect(lowerBound(0, (i) => !!asked.push(i))).toBe(0)
    expect(lowerBound(5, (i) => (asked.push(i), true))).toBe(5)
    expect(asked.every((i) => i >= 0 && i < 5)).toBe(true)
  })
})
