import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { furnitureLines } from '../../../src-main/core/page-furniture'
import { ruleHits } from '../../../src-main/core/suggest/rules'
import { EMOJI_AND_ASTRAL, anyUnicode, pySlice, realisticText } from '../core/arbitraries'

const RUNS = { numRuns: 300 }
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
/** Code-point offsets of every grapheme boundary. */
const boundaries = (text: string): Set<number> => {
  const out = new Set([0])
  let cp = 0
  for (const { segment } of segmenter.segment(text)) out.add((cp += Array.from(segment).length))
  return out
}

/** Sentences full of figures and cues, in pieces a generator can shuffle between emoji and astral characters. */
const PHRASES = [
  'Năm 2023 đạt gần 64 tỷ USD', 'tăng 7,5%', 'ngày 12/3', 'từ 10 - 13/3', 'hơn 4 triệu liều', 'quý I/2024',
  'hai bên đã ký kết 05 văn kiện', 'Nhật Bản sẵn sàng hỗ trợ', 'thứ 2', 'COVID-19', '520 nghìn người', 'tháng 10/2025',
  ';', ',', '.', '\n', 'Theo TTXVN', 'Đọc thêm',
] as const
const newsy = fc
  .array(fc.oneof(fc.constantFrom(...PHRASES), fc.constantFrom(...EMOJI_AND_ASTRAL), fc.constantFrom(' ', '\n', '  ')), { maxLength: 30 })
  .map((parts) => parts.join(' '))
const anyText = fc.oneof(newsy, realisticText, anyUnicode)

describe('ruleHits on any text', () => {
  it('returns hits inside the text, non-empty, on grapheme boundaries, never starting or ending on space or punctuation (save the % of a figure)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const length = Array.from(text).length
        const cuts = boundaries(text)
        for (const h of ruleHits(text)) {
          expect(h.start).toBeGreaterThanOrEqual(0)
          expect(h.end).toBeLessThanOrEqual(length)
          expect(h.start).toBeLessThan(h.end)
          expect(cuts.has(h.start) && cuts.has(h.end)).toBe(true)
          const covered = pySlice(text, h.start, h.end)
          // "%" is punctuation to Unicode but part of the figure by the guide ("7,5%").
          expect(covered).not.toMatch(/^[\s\p{P}]|(?![%‰])[\s\p{P}]$/u)
          expect(h.confidence).toBeGreaterThan(0)
          expect(h.confidence).toBeLessThanOrEqual(1)
        }
      }),
      RUNS,
    )
  })

  it('is sorted by (start, end, label), deterministic, and stays out of furniture', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const hits = ruleHits(text)
        expect(ruleHits(text)).toEqual(hits)
        for (let i = 1; i < hits.length; i++) {
          const [a, b] = [hits[i - 1], hits[i]] as const
          if (!a || !b) continue
          expect(a.start < b.start || (a.start === b.start && (a.end < b.end || (a.end === b.end && a.label <= b.label)))).toBe(true)
        }
        const furniture = furnitureLines(text)
        for (const h of hits) expect(furniture.some(([s, e]) => h.start < e && h.end > s)).toBe(false)
      }),
      RUNS,
    )
  })

  it('counts code points, not UTF-16 units: emoji and astral characters before a figure shift it by their code points', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EMOJI_AND_ASTRAL, '𠀋', '👩‍👩‍👧', '👍🏽'), { minLength: 1, maxLength: 6 }), (prefix) => {
        const head = `${prefix.join(' ')} `
        const text = `${head}Kim ngạch đạt gần 64 tỷ USD vào năm 2023.`
        const figures = ruleHits(text).filter((h) => h.label === 'figure').map((h) => pySlice(text, h.start, h.end))
        expect(figures).toEqual(['gần 64 tỷ USD', 'năm 2023'])
        const first = ruleHits(text).find((h) => h.label === 'figure')
        expect(first?.start).toBe(Array.from(`${head}Kim ngạch đạt `).length)
      }),
      { numRuns: 100 },
    )
  })
})
