import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createOffsetMap } from '../../../src-main/core/offsets'
import { graphemeBoundaries, tokenize } from '../../../src-main/core/tokens'
import { anyUnicode, codePoints, EMOJI_AND_ASTRAL, importableText, pySlice, realisticText, spaceChunk, wordChunk } from './arbitraries'

const RUNS = { numRuns: 300 }
const isSpace = (ch: string): boolean => /^\s$/u.test(ch)
const texts = (text: string, ranges: readonly (readonly [number, number])[]): string[] =>
  ranges.map(([s, e]) => pySlice(text, s, e))

describe('tokenize', () => {
  it('splits a Vietnamese sentence into syllables and punctuation marks, keeping 1.500 whole', () => {
    const text = 'Nhật Bản cam kết hỗ trợ 1.500 tỷ đồng, năm 2050.'
    const tokens = tokenize(text)
    expect(texts(text, tokens)).toEqual([
      'Nhật', 'Bản', 'cam', 'kết', 'hỗ', 'trợ', '1.500', 'tỷ', 'đồng', ',', 'năm', '2050', '.',
    ])
    expect(tokens.slice(0, 3)).toEqual([
      [0, 4],
      [5, 8],
      [9, 12],
    ])
    expect(tokens.at(-1)).toEqual([47, 48])
  })

  it('counts token offsets in code points after emoji and astral CJK', () => {
    const text = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467} \u{1F44D}\u{1F3FD} \u{2000B} Việt'
    const tokens = tokenize(text)
    expect(tokens).toEqual([
      [0, 5],
      [6, 8],
      [9, 10],
      [11, 15],
    ])
    expect(texts(text, tokens)).toEqual([
      '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}',
      '\u{1F44D}\u{1F3FD}',
      '\u{2000B}',
      'Việt',
    ])
  })

  it('keeps a decomposed syllable together with its combining marks', () => {
    const text = 'Vie\u0323\u0302t Nam'
    expect(tokenize(text)).toEqual([
      [0, 6],
      [7, 10],
    ])
  })

  it('returns no tokens for empty or whitespace-only text', () => {
    expect(tokenize('')).toEqual([])
    expect(tokenize(' \n\t\u00A0\u3000\n')).toEqual([])
  })

  it('gives the same tokens with a precomputed offset map as without', () => {
    fc.assert(
      fc.property(realisticText, (text) => {
        expect(tokenize(text, createOffsetMap(text))).toEqual(tokenize(text))
      }),
      RUNS,
    )
  })

  it('returns sorted, non-empty, non-overlapping ranges inside the text', () => {
    fc.assert(
      fc.property(realisticText, (text) => {
        const n = codePoints(text).length
        let prevEnd = 0
        for (const [s, e] of tokenize(text)) {
          expect(Number.isInteger(s) && Number.isInteger(e)).toBe(true)
          expect(s).toBeGreaterThanOrEqual(prevEnd)
          expect(e).toBeGreaterThan(s)
          expect(e).toBeLessThanOrEqual(n)
          prevEnd = e
        }
      }),
      RUNS,
    )
  })

  it('covers every non-whitespace code point and no whitespace code point', () => {
    fc.assert(
      fc.property(realisticText, (text) => {
        const cps = codePoints(text)
        const covered = new Array<boolean>(cps.length).fill(false)
        for (const [s, e] of tokenize(text)) for (let i = s; i < e; i++) covered[i] = true
        cps.forEach((ch, i) => expect(covered[i]).toBe(!isSpace(ch)))
      }),
      RUNS,
    )
  })

  it('equals the non-whitespace Intl.Segmenter word segments, as code point slices', () => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'word' })
    fc.assert(
      fc.property(realisticText, (text) => {
        const expected = Array.from(seg.segment(text), (s) => s.segment).filter((s) => !/^\s+$/u.test(s))
        expect(texts(text, tokenize(text))).toEqual(expected)
      }),
      RUNS,
    )
  })

  it('equals segmenting the whole text at once, also for CR, CRLF and marks after spaces', () => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'word' })
    fc.assert(
      fc.property(fc.oneof(anyUnicode, importableText), (text) => {
        const expected = Array.from(seg.segment(text), (s) => s.segment).filter((s) => !/^\s+$/u.test(s))
        expect(texts(text, tokenize(text))).toEqual(expected)
      }),
      RUNS,
    )
  })

  it('never ends a token inside a grapheme cluster', () => {
    fc.assert(
      fc.property(realisticText, (text) => {
        const bounds = new Set(graphemeBoundaries(text))
        for (const [s, e] of tokenize(text)) {
          expect(bounds.has(s)).toBe(true)
          expect(bounds.has(e)).toBe(true)
        }
      }),
      RUNS,
    )
  })

  it('is unaffected by what follows a line feed (tokens of a line are the tokens of the line alone)', () => {
    fc.assert(
      fc.property(realisticText, realisticText, (a, b) => {
        const joined = `${a}\n${b}`
        const n = codePoints(a).length + 1
        const shifted = tokenize(b).map(([s, e]) => [s + n, e + n])
        expect(tokenize(joined)).toEqual([...tokenize(a), ...shifted])
      }),
      RUNS,
    )
  })
})

describe('graphemeBoundaries', () => {
  it.each([
    ['', [0]],
    ['abc', [0, 1, 2, 3]],
    ['Vie\u0323\u0302t', [0, 1, 2, 5, 6]],
    ['a\r\nb', [0, 1, 3, 4]],
    ['\u{1F469}\u200D\u{1F469}\u200D\u{1F467}x', [0, 5, 6]],
    ['\u{1F44D}\u{1F3FD}\u{2000B}\u{210C1}', [0, 2, 3, 4]],
    ['\u{1F1FB}\u{1F1F3}\u{1F1EF}\u{1F1F5}', [0, 2, 4]],
  ])('lists the code point boundaries of %j as %j', (text, expected) => {
    expect(graphemeBoundaries(text)).toEqual(expected)
  })

  it('equals the code point offsets of Intl.Segmenter graphemes over the whole text, CR and CRLF included', () => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    fc.assert(
      fc.property(fc.oneof(anyUnicode, importableText, realisticText), (text) => {
        const expected = [0]
        for (const g of seg.segment(text)) expected.push((expected.at(-1) as number) + codePoints(g.segment).length)
        expect(graphemeBoundaries(text)).toEqual(expected)
      }),
      RUNS,
    )
  })

  it('is strictly ascending from 0 to the code point length', () => {
    fc.assert(
      fc.property(realisticText, (text) => {
        const b = graphemeBoundaries(text)
        expect(b[0]).toBe(0)
        expect(b.at(-1)).toBe(codePoints(text).length)
        for (let i = 1; i < b.length; i++) expect(b[i]).toBeGreaterThan(b[i - 1] as number)
      }),
      RUNS,
    )
  })

  it('keeps each emoji sequence, flag and base letter with its marks in one cluster', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(wordChunk, spaceChunk, fc.constantFrom(...EMOJI_AND_ASTRAL)), { maxLength: 20 }), (parts) => {
        const text = parts.join('')
        const bounds = new Set(graphemeBoundaries(text))
        let at = 0
        for (const part of parts) {
          const len = codePoints(part).length
          // A chunk's edges are boundaries (chunks never start with an extender) ...
          expect(bounds.has(at)).toBe(true)
          // ... and nothing inside a multi-code-point emoji is.
          if ((EMOJI_AND_ASTRAL as readonly string[]).includes(part)) {
            for (let i = at + 1; i < at + len; i++) expect(bounds.has(i)).toBe(false)
          }
          at += len
        }
        expect(bounds.has(at)).toBe(true)
      }),
      RUNS,
    )
  })
})

describe('segmenting long lines piece by piece', () => {
  // The reference: each line segmented whole, as V8 would (slowly) do it.
  const words = new Intl.Segmenter(undefined, { granularity: 'word' })
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  const whole = (text: string, segmenter: Intl.Segmenter): Array<{ index: number; segment: string }> => {
    const out: Array<{ index: number; segment: string }> = []
    let from = 0
    for (const line of text.split('\n')) {
      for (const s of segmenter.segment(line)) out.push({ index: from + s.index, segment: s.segment })
      from += line.length + 1
    }
    return out
  }
  const cp = (text: string, utf16: number): number => [...text.slice(0, utf16)].length
  const longLines = fc
    .array(fc.oneof({ weight: 4, arbitrary: wordChunk }, { weight: 2, arbitrary: fc.constantFrom(' ', '\t', '\uFEFF', ' \u0301', '。', '中国', '𠀋', '\u00A0') }), { minLength: 200, maxLength: 1200 })
    .map((parts) => parts.join(''))

  it('gives the same tokens and grapheme boundaries as segmenting each line whole', () => {
    fc.assert(
      fc.property(longLines, (text) => {
        const expectedTokens = whole(text, words).filter((s) => !/^\s+$/u.test(s.segment)).map((s) => [cp(text, s.index), cp(text, s.index + s.segment.length)])
        expect(tokenize(text)).toEqual(expectedTokens)
        const expectedBounds = [...new Set([...whole(text, graphemes).map((s) => cp(text, s.index)), [...text].length])]
        expect(graphemeBoundaries(text)).toEqual(expectedBounds)
      }),
      { numRuns: 30 },
    )
  })
})
