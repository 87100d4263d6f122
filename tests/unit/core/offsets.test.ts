import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codePointLength, createOffsetMap } from '../../../src-main/core/offsets'
import { anyUnicode, anyUtf16, codePoints, pySlice, realisticText } from './arbitraries'

const RUNS = { numRuns: 300 }
const anyText = fc.oneof(anyUnicode, anyUtf16, realisticText)

/** UTF-16 index of each code point index 0..n, computed the slow, obvious way. */
function utf16Starts(text: string): number[] {
  const out = [0]
  let u = 0
  for (const cp of codePoints(text)) {
    u += cp.length
    out.push(u)
  }
  return out
}

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['Việt Nam', 8],
    ['Vie\u0323\u0302t', 6],
    ['a\r\nb', 4],
    ['\u{1F469}\u200D\u{1F469}\u200D\u{1F467}', 5],
    ['\u{1F44D}\u{1F3FD}', 2],
    ['\u{2000B}\u{210C1}', 2],
    ['\uD800', 1],
    ['\uDC00\uD800', 2],
    ['a\uD800b', 3],
  ])('counts %j as %i code points', (text, n) => {
    expect(codePointLength(text)).toBe(n)
  })

  it('equals the number of elements Array.from gives (Python len) for any UTF-16 string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(codePointLength(text)).toBe(codePoints(text).length)
      }),
      RUNS,
    )
  })
})

describe('createOffsetMap', () => {
  it('maps the offsets of emoji ZWJ sequences, skin tones and astral CJK', () => {
    const text = 'a\u{1F469}\u200D\u{1F469}\u200D\u{1F467} \u{1F44D}\u{1F3FD}\u{2000B}\u{210C1}b'
    const map = createOffsetMap(text)
    expect(map.length).toBe(12)
    expect(text.length).toBe(19)
    expect(map.text).toBe(text)
    // 'a' | 👩 ZWJ 👩 ZWJ 👧 | ' ' | 👍 🏽 | 𠀋 | 𡃁 | 'b'
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((cp) => map.toUtf16(cp))).toEqual([
      0, 1, 3, 4, 6, 7, 9, 10, 12, 14, 16, 18, 19,
    ])
    expect(map.toCodePoint(16)).toBe(10)
    expect(map.toCodePoint(18)).toBe(11)
    expect(map.toCodePoint(19)).toBe(12)
    expect(map.slice(1, 6)).toBe('\u{1F469}\u200D\u{1F469}\u200D\u{1F467}')
    expect(map.slice(7, 9)).toBe('\u{1F44D}\u{1F3FD}')
    expect(map.slice(8, 10)).toBe('\u{1F3FD}\u{2000B}')
  })

  it('leaves BMP-only text (NFD marks, CRLF) with identical UTF-16 and code point offsets', () => {
    const text = 'Vie\u0323\u0302t\r\nNam'
    const map = createOffsetMap(text)
    expect(map.length).toBe(text.length)
    for (let i = 0; i <= text.length; i++) {
      expect(map.toCodePoint(i)).toBe(i)
      expect(map.toUtf16(i)).toBe(i)
    }
    expect(map.slice(0, 6)).toBe('Vie\u0323\u0302t')
    expect(map.slice(6, 8)).toBe('\r\n')
  })

  it('has length equal to the code point count', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(createOffsetMap(text).length).toBe(codePoints(text).length)
      }),
      RUNS,
    )
  })

  it('converts every code point offset to the UTF-16 offset of that code point and back', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const map = createOffsetMap(text)
        const starts = utf16Starts(text)
        for (let cp = 0; cp <= map.length; cp++) {
          expect(map.toUtf16(cp)).toBe(starts[cp])
          expect(map.toCodePoint(map.toUtf16(cp))).toBe(cp)
        }
      }),
      RUNS,
    )
  })

  it('converts every UTF-16 offset outside a surrogate pair to a code point and back, and rejects the ones inside', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const map = createOffsetMap(text)
        const starts = new Set(utf16Starts(text))
        for (let u = 0; u <= text.length; u++) {
          if (starts.has(u)) {
            expect(map.toUtf16(map.toCodePoint(u))).toBe(u)
          } else {
            // Only the middle of a well-formed pair is not a code point start.
            expect(text.charCodeAt(u - 1)).toBeGreaterThanOrEqual(0xd800)
            expect(text.charCodeAt(u - 1)).toBeLessThanOrEqual(0xdbff)
            expect(() => map.toCodePoint(u)).toThrow(/inside a surrogate pair/)
          }
        }
      }),
      RUNS,
    )
  })

  it('slices with Python semantics: slice(start, end) equals the code point slice, for every start and end', () => {
    fc.assert(
      fc.property(
        anyText.chain((text) => {
          const n = codePoints(text).length
          return fc.tuple(fc.constant(text), fc.nat(n), fc.nat(n))
        }),
        ([text, a, b]) => {
          const map = createOffsetMap(text)
          expect(map.slice(a, b)).toBe(pySlice(text, a, b))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('slices every pair of offsets of a short astral text exactly like Python, reversed pairs giving ""', () => {
    const text = '\u{1F44D}\u{1F3FD}x\u{2000B}\uD800\u{1F469}\u200D\u{1F467}'
    const map = createOffsetMap(text)
    for (let a = 0; a <= map.length; a++) {
      for (let b = 0; b <= map.length; b++) {
        expect(map.slice(a, b)).toBe(pySlice(text, a, b))
        if (b <= a) expect(map.slice(a, b)).toBe('')
      }
    }
  })

  it('treats a lone surrogate as one code point, and a reversed pair as two', () => {
    const map = createOffsetMap('a\uDC00\uD800b\uD800')
    expect(map.length).toBe(5)
    expect([0, 1, 2, 3, 4, 5].map((u) => map.toCodePoint(u))).toEqual([0, 1, 2, 3, 4, 5])
    expect(map.slice(4, 5)).toBe('\uD800')
  })

  it('rejects a UTF-16 offset between the two halves of a surrogate pair with a RangeError', () => {
    const map = createOffsetMap('x\u{1F600}y')
    expect(() => map.toCodePoint(2)).toThrow(RangeError)
    expect(() => map.toCodePoint(2)).toThrow('UTF-16 offset 2 falls inside a surrogate pair')
    expect(map.toCodePoint(1)).toBe(1)
    expect(map.toCodePoint(3)).toBe(2)
  })

  it.each([-1, 6, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects UTF-16 offset %s as outside the text', (u) => {
    const map = createOffsetMap('ab\u{1F600}c') // 5 UTF-16 units, 4 code points
    expect(() => map.toCodePoint(u)).toThrow(RangeError)
    expect(() => map.toCodePoint(u)).toThrow(/outside the text \(0\.\.5\)/)
  })

  it.each([-1, 5, 0.5, Number.NaN, Number.NEGATIVE_INFINITY])('rejects code point offset %s as outside the text', (cp) => {
    const map = createOffsetMap('ab\u{1F600}c')
    expect(() => map.toUtf16(cp)).toThrow(RangeError)
    expect(() => map.toUtf16(cp)).toThrow(/outside the text \(0\.\.4\)/)
  })

  it('rejects a slice that reaches past the end instead of clamping it', () => {
    const map = createOffsetMap('ab\u{1F600}c')
    expect(map.slice(0, 4)).toBe('ab\u{1F600}c')
    expect(() => map.slice(0, 5)).toThrow(RangeError)
    expect(() => map.slice(-1, 2)).toThrow(RangeError)
  })

  it('accepts the empty text, with offset 0 only', () => {
    const map = createOffsetMap('')
    expect(map.length).toBe(0)
    expect(map.toCodePoint(0)).toBe(0)
    expect(map.toUtf16(0)).toBe(0)
    expect(map.slice(0, 0)).toBe('')
    expect(() => map.toUtf16(1)).toThrow(RangeError)
  })

  it('stays consistent on a long text with thousands of astral characters', () => {
    const unit = 'Việt \u{1F44D}\u{1F3FD} \u{2000B}\n'
    const text = unit.repeat(2000)
    const map = createOffsetMap(text)
    const starts = utf16Starts(text)
    expect(map.length).toBe(starts.length - 1)
    for (let cp = 0; cp <= map.length; cp += 7) {
      expect(map.toUtf16(cp)).toBe(starts[cp])
      expect(map.toCodePoint(starts[cp] as number)).toBe(cp)
    }
  })
})
