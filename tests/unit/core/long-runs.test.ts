/**
 * Text with no place where segmentation may be cut (a base64 image pasted into a
 * .md, a URL, a run of flags): the work around one offset stays bounded, and the
 * answers are still those of segmenting the whole text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createOffsetMap } from '../../../src-main/core/offsets'
import { PIECE } from '../../../src-main/core/safe-breaks'
import { snapRange, spanBoundsProblem } from '../../../src-main/core/snap'
import { tokenize } from '../../../src-main/core/tokens'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='
const base64Run = (n: number, seed = 1): string => {
  let x = seed
  let out = ''
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31
    out += BASE64[x % 64]
  }
  return out
}

// What may sit inside an unbroken run: clusters of many code points, and regional indicators whose pairing depends on parity.
const clusters = ['e\u0301\u0302\u0323', '👩🏽‍💻', '👨‍👩‍👧‍👦', '🇻🇳', '🇯🇵', '🇻', 'a\u200D', '\uFE0F', 'ệ', '𠀀']
const runText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => base64Run(n, n)) }, { weight: 2, arbitrary: fc.constantFrom(...clusters) }), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) => parts.join(''))

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Code point offsets of every grapheme boundary, by segmenting the whole text (the reference). */
function boundaries(text: string): Set<number> {
  const map = createOffsetMap(text)
  const out = new Set<number>([map.length])
  for (const s of graphemeSegmenter.segment(text)) out.add(map.toCodePoint(s.index))
  return out
}

describe('span bounds in long unbroken runs', () => {
  it('judges a span in a 200,000-character base64 run without segmenting the run', { timeout: 20_000 }, () => {
    const text = `![hình](data:image/png;base64,${base64Run(100_000)}👨‍👩‍👧‍👦${base64Run(100_000, 7)})`
    const map = createOffsetMap(text)
    const family = [...text].indexOf('👨')
    expect(spanBoundsProblem(map, 100, 150_000)).toBeNull()
    expect(spanBoundsProblem(map, family + 2, 150_000)).toBe(`the span ${family + 2}..150000 cuts through a character (grapheme cluster)`)
    expect(spanBoundsProblem(map, family, family + 7)).toBeNull()
    // Snapping a selection in it, as the window does on every mouse-up.
    expect(snapRange(map, 50_000, 50_010, 'exact')).toEqual([50_000, 50_010])
    const token = snapRange(map, 50_000, 50_010, 'token')
    expect(token && token[0] <= 50_000 && token[1] >= 50_010).toBe(true)
  })

  it('agrees with segmenting the whole text, for runs of marks, joiners, emoji and flags', () => {
    fc.assert(
      fc.property(runText, fc.nat(), fc.nat(), (text, a, b) => {
        const map = createOffsetMap(text)
        const truth = boundaries(text)
        const [start, end] = [a % (map.length + 1), b % (map.length + 1)].sort((x, y) => x - y) as [number, number]
        if (start === end) return
        const cuts = !truth.has(start) || !truth.has(end)
        expect(spanBoundsProblem(map, start, end) !== null, `${JSON.stringify(text)} ${start}..${end}`).toBe(cuts)
      }),
      { numRuns: 500 },
    )
  })

  it('tokenizes a 200,000-character run in pieces of at most PIECE units, covering it', { timeout: 20_000 }, () => {
    const run = base64Run(200_000)
    const tokens = tokenize(`Ảnh: ${run} hết`)
    const inside = tokens.filter(([s]) => s >= 5 && s < 5 + run.length)
    expect(inside[0]?.[0]).toBe(5)
    expect(inside.at(-1)?.[1]).toBe(5 + run.length)
    for (const [i, [s, e]] of inside.entries()) {
      expect(e - s).toBeLessThanOrEqual(PIECE)
      if (i > 0) expect(s).toBe(inside[i - 1]?.[1])
    }
  })
})
