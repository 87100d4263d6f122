import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { B, decode, I, O, spanMargin, spanOdds, tagSpans } from '../../../src-main/core/suggest/viterbi'

/** Every tag sequence of length n that obeys BIO (no I at the start or after O). */
function allPaths(n: number): number[][] {
  let paths: number[][] = [[]]
  for (let t = 0; t < n; t++) {
    paths = paths.flatMap((p) => [O, B, I].filter((y) => y !== I || (p.length > 0 && p[p.length - 1] !== O)).map((y) => [...p, y]))
  }
  return paths
}
const pathScore = (p: number[], em: Float64Array, tr: Float64Array): number =>
  p.reduce((s, y, t) => s + (em[t * 3 + y] as number) + (t === 0 ? (tr[y] as number) : (tr[3 + (p[t - 1] as number) * 3 + y] as number)), 0)

const weights = (n: number): fc.Arbitrary<number[]> => fc.array(fc.integer({ min: -20, max: 20 }), { minLength: n, maxLength: n })

describe('constrained Viterbi', () => {
  it('finds the best BIO path (checked against every path) and never puts I after O or first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.constant(n), weights(n * 3), weights(12))),
        ([n, e, t]) => {
          const em = Float64Array.from(e, (x, i) => (i % 3 === O ? 0 : x))
          const tr = Float64Array.from(t)
          const l = decode(em, n, tr)
          const tags = [...l.tags]
          expect(tags[0]).not.toBe(I)
          tags.forEach((y, k) => k > 0 && y === I && expect(tags[k - 1]).not.toBe(O))
          const best = Math.max(...allPaths(n).map((p) => pathScore(p, em, tr)))
          expect(pathScore(tags, em, tr)).toBe(best)
          expect(l.best).toBe(best)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('gives spans on the best path a margin ≥ 0 and spans off it negative odds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((n) => fc.tuple(fc.constant(n), weights(n * 3), weights(12))),
        ([n, e, t]) => {
          const em = Float64Array.from(e, (x, i) => (i % 3 === O ? 0 : x + 0.5))
          const l = decode(em, n, Float64Array.from(t))
          const on = tagSpans(l.tags)
          for (const [a, b] of on) expect(spanMargin(l, a, b)).toBeGreaterThanOrEqual(0)
          for (let a = 0; a < n; a++) {
            for (let b = a; b < n; b++) {
              if (!on.some(([x, y]) => x === a && y === b)) expect(spanOdds(l, a, b)).toBeLessThanOrEqual(0)
            }
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
