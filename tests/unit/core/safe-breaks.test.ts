/**
 * The claim long text is segmented on: at every place breaksAt names, cutting
 * the text in two and segmenting each half gives the same words and graphemes
 * as segmenting it whole.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { breaksAt, PIECE, safePieces } from '../../../src-main/core/safe-breaks'
import { EMOJI_AND_ASTRAL, wordChunk } from './arbitraries'

const segmenters = {
  word: new Intl.Segmenter(undefined, { granularity: 'word' }),
  grapheme: new Intl.Segmenter(undefined, { granularity: 'grapheme' }),
}
const cuts = (text: string, segmenter: Intl.Segmenter, offset = 0): number[] => [...segmenter.segment(text)].map((s) => offset + s.index)

// Short texts dense in what could glue across a cut: marks, joiners, BOMs, digits, CJK.
const tricky = fc
  .array(
    fc.oneof(
      wordChunk,
      fc.constantFrom(' ', '\t', '\n', '\uFEFF', '\u0301', '\u200D', '\uFE0F', '。', '、', '中', '国', '7', '.', "'", '\u00A0', '\u3000', ...EMOJI_AND_ASTRAL),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''))

describe('breaksAt', () => {
  it('names only places where both segmentations break the same way with the text cut there', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        for (let i = 1; i < text.length; i++) {
          if (!breaksAt(text, i)) continue
          for (const segmenter of Object.values(segmenters)) {
            expect([...cuts(text.slice(0, i), segmenter), ...cuts(text.slice(i), segmenter, i)], `${JSON.stringify(text)} at ${i}`).toEqual(cuts(text, segmenter))
          }
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('finds the places between words, after CJK marks, and not after a byte order mark', () => {
    const text = 'Nhật Bản\t2050。中国 \uFEFFx \u0301a'
    const at = [...text].map((_, i) => i).filter((i) => i > 0 && breaksAt(text, i))
    expect(at.map((i) => text.slice(i, i + 2))).toEqual(['Bả', '20', '中国'])
  })
})

describe('safePieces', () => {
  it('covers a long line in order with pieces of at most PIECE units, cut only where breaksAt allows', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `từ${i}`).join(' ')
    const pieces = [...safePieces(text, 0, text.length)]
    expect(pieces[0]?.[0]).toBe(0)
    expect(pieces.at(-1)?.[1]).toBe(text.length)
    for (const [i, [from, to]] of pieces.entries()) {
      expect(to - from).toBeLessThanOrEqual(PIECE)
      if (i > 0) expect([pieces[i - 1]?.[1], breaksAt(text, from)]).toEqual([from, true])
    }
  })
})
