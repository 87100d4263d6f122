import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeWithMap } from '../../../src-main/core/import'
import { normalizeText } from '../../../src-main/core/text'
import { graphemeBoundaries } from '../../../src-main/core/tokens'
import { codePoints, importableText, pySlice } from '../core/arbitraries'

describe('normalizeWithMap', () => {
  it('maps every grapheme boundary so that a span keeps its (normalized) text', () => {
    fc.assert(
      fc.property(importableText, (original) => {
        const result = normalizeWithMap(original)
        expect(result.text).toBe(normalizeText(original).text)
        const bounds = graphemeBoundaries(original)
        const leadingBoms = (/^\uFEFF*/.exec(original) as RegExpExecArray)[0].length
        for (const a of bounds) {
          for (const b of bounds) {
            if (b <= a) continue
            const [x, y] = [result.map(a), result.map(b)]
            expect(x).not.toBeNull()
            expect(y).not.toBeNull()
            const expected = pySlice(original, a, b).replace(/\r\n?/g, '\n').normalize('NFC')
            // Leading BOMs are dropped, so a span that starts on one loses them.
            expect(pySlice(result.text, x as number, y as number)).toBe(a < leadingBoms ? expected.replace(/^\uFEFF+/, '') : expected)
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  it('moves spans of NFD and CRLF text onto the NFC/LF text, and refuses an offset inside a character', () => {
    const original = 'Vie\u0323\u0302t\r\nNam'
    const result = normalizeWithMap(original)
    expect(result.text).toBe('Việt\nNam')
    expect(result.normalized).toEqual(['nfc', 'lf'])
    expect(codePoints(original)).toHaveLength(11)
    expect([result.map(0), result.map(6), result.map(8), result.map(11)]).toEqual([0, 4, 5, 8])
    expect(result.map(3)).toBeNull() // between "e" and its combining marks
    expect(result.map(7)).toBeNull() // between CR and LF
  })

  it('leaves already-normal text and its offsets alone', () => {
    const result = normalizeWithMap('Hà Nội 👍🏽')
    expect(result.normalized).toEqual([])
    expect(result.map(3)).toBe(3)
  })
})
