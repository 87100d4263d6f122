import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createOffsetMap } from '../../../src-main/core/offsets'
import { contextAround, snapRange, spanBoundsProblem, type SnapMode } from '../../../src-main/core/snap'
import { graphemeBoundaries, tokenize } from '../../../src-main/core/tokens'
import { anyUnicode, codePoints, pySlice, realisticText, spaceChunk, wordChunk } from './arbitraries'

const RUNS = { numRuns: 300 }
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /^\s$/u.test(ch)

const SENTENCE = 'Nhật Bản cam kết hỗ trợ 1.500 tỷ đồng, năm 2050.'
// code points: Nhật 0-4, Bản 5-8, cam 9-12, kết 13-16, hỗ 17-19, trợ 20-23, 1.500 24-29,
// tỷ 30-32, đồng 33-37, ',' 37-38, năm 39-42, 2050 43-47, '.' 47-48
const snap = (text: string, start: number, end: number, mode: SnapMode) => {
  const r = snapRange(createOffsetMap(text), start, end, mode)
  return r && { range: r, text: pySlice(text, r[0], r[1]) }
}

/** A text with a selection: any two offsets in it, in any order. */
const textWithSelection = realisticText.chain((text) => {
  const n = codePoints(text).length
  return fc.tuple(fc.constant(text), fc.nat(n), fc.nat(n))
})
const mode = fc.constantFrom<SnapMode>('token', 'exact')

/** The selection with surrounding whitespace removed, or null when nothing else is left. */
function trimmed(text: string, a: number, b: number): [number, number] | null {
  const cps = codePoints(text)
  let s = Math.min(a, b)
  let e = Math.max(a, b)
  while (s < e && isSpace(cps[s])) s++
  while (e > s && isSpace(cps[e - 1])) e--
  return s < e ? [s, e] : null
}

describe('snapRange in token mode', () => {
  it('widens a selection that starts and ends mid-syllable to the whole syllables', () => {
    expect(snap(SENTENCE, 10, 18, 'token')).toEqual({ range: [9, 19], text: 'cam kết hỗ' })
  })

  it('trims whitespace around the selection before widening', () => {
    expect(snap(SENTENCE, 8, 13, 'token')).toEqual({ range: [9, 12], text: 'cam' })
    expect(snap(SENTENCE, 4, 9, 'token')).toEqual({ range: [5, 8], text: 'Bản' })
  })

  it('widens part of a number to the whole number', () => {
    expect(snap(SENTENCE, 25, 27, 'token')).toEqual({ range: [24, 29], text: '1.500' })
  })

  it('does not pull in the comma after a word', () => {
    expect(snap(SENTENCE, 34, 36, 'token')).toEqual({ range: [33, 37], text: 'đồng' })
  })

  it('accepts the two ends in reverse order', () => {
    expect(snap(SENTENCE, 18, 10, 'token')).toEqual(snap(SENTENCE, 10, 18, 'token'))
  })

  it('clamps offsets beyond the text to the text', () => {
    expect(snap(SENTENCE, 44, 500, 'token')).toEqual({ range: [43, 48], text: '2050.' })
    expect(snap(SENTENCE, -3, 2, 'token')).toEqual({ range: [0, 4], text: 'Nhật' })
  })

  it('widens a selection of part of an emoji ZWJ sequence to the whole emoji, counting code points', () => {
    const text = 'gia đình \u{1F469}\u200D\u{1F469}\u200D\u{1F467} vui'
    expect(snap(text, 11, 12, 'token')).toEqual({ range: [9, 14], text: '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}' })
  })
})

describe('snapRange in exact mode', () => {
  it('keeps the selected characters of a number', () => {
    expect(snap(SENTENCE, 24, 27, 'exact')).toEqual({ range: [24, 27], text: '1.5' })
  })

  it('trims whitespace but does not widen to tokens', () => {
    expect(snap(SENTENCE, 8, 11, 'exact')).toEqual({ range: [9, 11], text: 'ca' })
  })

  it('widens to whole graphemes: a decomposed letter keeps its combining marks', () => {
    const text = 'Vie\u0323\u0302t Nam'
    expect(snap(text, 1, 3, 'exact')).toEqual({ range: [1, 5], text: 'ie\u0323\u0302' })
    expect(snap(text, 3, 4, 'exact')).toEqual({ range: [2, 5], text: 'e\u0323\u0302' })
  })

  it('widens to whole graphemes: never splits a skin-tone emoji or a flag', () => {
    const text = 'a\u{1F44D}\u{1F3FD}\u{1F1FB}\u{1F1F3}b'
    expect(snap(text, 2, 4, 'exact')).toEqual({ range: [1, 5], text: '\u{1F44D}\u{1F3FD}\u{1F1FB}\u{1F1F3}' })
  })

  it('keeps a single astral CJK character', () => {
    expect(snap('x \u{2000B}\u{210C1} y', 2, 3, 'exact')).toEqual({ range: [2, 3], text: '\u{2000B}' })
  })
})

describe('snapRange on whitespace', () => {
  it.each<SnapMode>(['token', 'exact'])('returns null for an empty or whitespace-only selection (%s)', (m) => {
    expect(snap(SENTENCE, 4, 5, m)).toBeNull()
    expect(snap(SENTENCE, 9, 9, m)).toBeNull()
    expect(snap('a \n\t\u00A0\u3000 b', 1, 7, m)).toBeNull()
    expect(snap('', 0, 0, m)).toBeNull()
  })

  it('returns null exactly when the selection holds only whitespace', () => {
    fc.assert(
      fc.property(textWithSelection, mode, ([text, a, b], m) => {
        const r = snapRange(createOffsetMap(text), a, b, m)
        expect(r === null).toBe(trimmed(text, a, b) === null)
      }),
      RUNS,
    )
  })
})

describe('snapRange properties', () => {
  it('never starts or ends with whitespace and never cuts a grapheme', () => {
    fc.assert(
      fc.property(textWithSelection, mode, ([text, a, b], m) => {
        const r = snapRange(createOffsetMap(text), a, b, m)
        fc.pre(r !== null)
        const [s, e] = r as readonly [number, number]
        const cps = codePoints(text)
        expect(0 <= s && s < e && e <= cps.length).toBe(true)
        expect(isSpace(cps[s])).toBe(false)
        expect(isSpace(cps[e - 1])).toBe(false)
        const bounds = new Set(graphemeBoundaries(text))
        expect(bounds.has(s)).toBe(true)
        expect(bounds.has(e)).toBe(true)
      }),
      RUNS,
    )
  })

  it('contains the trimmed selection and is the smallest such range of whole units', () => {
    fc.assert(
      fc.property(textWithSelection, mode, ([text, a, b], m) => {
        const t = trimmed(text, a, b)
        fc.pre(t !== null)
        const [ts, te] = t as [number, number]
        const [s, e] = snapRange(createOffsetMap(text), a, b, m) as readonly [number, number]
        expect(s).toBeLessThanOrEqual(ts)
        expect(e).toBeGreaterThanOrEqual(te)
        if (m === 'token') {
          const tokens = tokenize(text)
          expect(tokens.find(([x, y]) => x <= ts && ts < y)?.[0]).toBe(s)
          expect(tokens.find(([x, y]) => x < te && te <= y)?.[1]).toBe(e)
        } else {
          const bounds = graphemeBoundaries(text)
          expect(Math.max(...bounds.filter((x) => x <= ts))).toBe(s)
          expect(Math.min(...bounds.filter((x) => x >= te))).toBe(e)
        }
      }),
      RUNS,
    )
  })

  it('is idempotent: snapping a snapped range returns it unchanged', () => {
    fc.assert(
      fc.property(textWithSelection, mode, ([text, a, b], m) => {
        const map = createOffsetMap(text)
        const r = snapRange(map, a, b, m)
        fc.pre(r !== null)
        const [s, e] = r as readonly [number, number]
        expect(snapRange(map, s, e, m)).toEqual([s, e])
      }),
      RUNS,
    )
  })

  it('gives a range spanBoundsProblem accepts', () => {
    fc.assert(
      fc.property(textWithSelection, mode, ([text, a, b], m) => {
        const map = createOffsetMap(text)
        const r = snapRange(map, a, b, m)
        fc.pre(r !== null)
        const [s, e] = r as readonly [number, number]
        expect(spanBoundsProblem(map, s, e)).toBeNull()
      }),
      RUNS,
    )
  })

  it('in token mode returns the token range itself when a whole token is selected', () => {
    fc.assert(
      fc.property(
        realisticText.filter((t) => tokenize(t).length > 0).chain((t) => fc.tuple(fc.constant(t), fc.constantFrom(...tokenize(t)))),
        ([text, [s, e]]) => {
          expect(snapRange(createOffsetMap(text), s, e, 'token')).toEqual([s, e])
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('spanBoundsProblem', () => {
  const map = createOffsetMap('Vie\u0323\u0302t \u{1F469}\u200D\u{1F469}\u200D\u{1F467} Nam\nđồng')
  // V0 i1 e2 ◌̣3 ◌̂4 t5 ' '6 👩7 ZWJ8 👩9 ZWJ10 👧11 ' '12 N13 a14 m15 \n16 đ17 ồ18 n19 g20 (length 21)

  it('accepts whole words, whole emoji and a range across a line break', () => {
    expect(spanBoundsProblem(map, 0, 6)).toBeNull()
    expect(spanBoundsProblem(map, 7, 12)).toBeNull()
    expect(spanBoundsProblem(map, 13, 21)).toBeNull()
    expect(spanBoundsProblem(map, 0, 1)).toBeNull()
  })

  it.each([
    [1.5, 3, 'offsets must be whole numbers'],
    [0, Number.NaN, 'offsets must be whole numbers'],
    [-1, 3, 'offsets -1..3 fall outside the text (0..21)'],
    [13, 22, 'offsets 13..22 fall outside the text (0..21)'],
    [5, 5, 'the span 5..5 is empty'],
    [6, 3, 'the span 6..3 is empty'],
    [6, 12, 'the span 6..12 starts or ends with whitespace'],
    [13, 17, 'the span 13..17 starts or ends with whitespace'],
    [0, 3, 'the span 0..3 cuts through a character (grapheme cluster)'],
    [3, 6, 'the span 3..6 cuts through a character (grapheme cluster)'],
    [7, 9, 'the span 7..9 cuts through a character (grapheme cluster)'],
    [9, 12, 'the span 9..12 cuts through a character (grapheme cluster)'],
  ])('rejects %s..%s: %s', (start, end, message) => {
    expect(spanBoundsProblem(map, start, end)).toBe(message)
  })

  it('accepts exactly the ranges with grapheme-boundary ends and non-whitespace first and last characters', () => {
    fc.assert(
      fc.property(realisticText, (text) => {
        const m = createOffsetMap(text)
        const cps = codePoints(text)
        const bounds = new Set(graphemeBoundaries(text))
        const n = Math.min(cps.length, 14)
        for (let s = 0; s <= n; s++) {
          for (let e = s; e <= n; e++) {
            const ok = s < e && bounds.has(s) && bounds.has(e) && !isSpace(cps[s]) && !isSpace(cps[e - 1])
            expect(spanBoundsProblem(m, s, e) === null).toBe(ok)
          }
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('degenerate input the generators above leave out', () => {
  // A combining mark after a space makes one grapheme (and one word segment)
  // that starts with whitespace. No span may start there: including the space
  // breaks the whitespace rule, excluding it cuts the grapheme.
  it('snaps into a space-plus-combining-mark cluster, and spanBoundsProblem then refuses the range', () => {
    const map = createOffsetMap('x \u0301y')
    const r = snapRange(map, 2, 4, 'exact')
    expect(r).toEqual([1, 4])
    expect(spanBoundsProblem(map, 1, 4)).toBe('the span 1..4 starts or ends with whitespace')
    expect(spanBoundsProblem(map, 2, 4)).toBe('the span 2..4 cuts through a character (grapheme cluster)')
  })
})

describe('contextAround', () => {
  /** The units (tokens or graphemes) of the whole text that hold code point `at`. */
  const unitsAt = (units: Array<readonly [number, number]>, at: number) => units.filter(([a, b]) => a <= at && at < b)
  const graphemes = (text: string) => {
    const b = graphemeBoundaries(text)
    return b.slice(0, -1).map((s, i) => [s, b[i + 1] as number] as const)
  }
  // Long lines (no line feed for hundreds of characters) so the bounded search matters.
  const longLines = fc.array(fc.oneof({ weight: 3, arbitrary: wordChunk }, { weight: 2, arbitrary: spaceChunk }, { weight: 1, arbitrary: fc.constantFrom('\u0301', '\u200D', '\uFEFF', ' \u0301') }), { maxLength: 400 }).map((parts) => parts.join(''))

  it('holds the same word and grapheme units around an offset as the whole text', () => {
    fc.assert(
      fc.property(fc.oneof(longLines, anyUnicode), fc.nat(), (text, seed) => {
        const map = createOffsetMap(text)
        if (map.length === 0) return
        const at = seed % map.length
        const context = contextAround(map, at)
        const shift = (units: Array<readonly [number, number]>) => units.map(([a, b]) => [a + context.start, b + context.start] as const)
        expect(unitsAt(shift(tokenize(context.text)), at)).toEqual(unitsAt(tokenize(text), at))
        expect(unitsAt(shift(graphemes(context.text)), at)).toEqual(unitsAt(graphemes(text), at))
      }),
      { numRuns: 400 },
    )
  })

  it('looks at a few hundred characters of a document that is one long line', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `từ${i}`).join(' ')
    const context = contextAround(createOffsetMap(text), 100_000)
    expect(context.text.length).toBeLessThan(600)
    expect(context.text.length).toBeGreaterThan(0)
  })
})
