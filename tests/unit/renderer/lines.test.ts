/**
 * How the text is cut into drawn lines: one per line of the document, and a line
 * too long to lay out quickly (a text with no line breaks) in blocks that end
 * after a sentence or a space, never inside a character.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_BLOCK, splitLines, type Line } from '../../../src-renderer/editor/text/lines'
import { anyUnicode, realisticText } from '../core/arbitraries'

/** Each drawn line is the text at its start, and together (a line feed where the text has one) they are the text. */
function expectCovers(text: string, lines: Line[]): void {
  let at = 0
  for (const line of lines) {
    if (line.start !== at) {
      expect(text[at]).toBe('\n')
      at++
    }
    expect(line.start).toBe(at)
    expect(text.slice(line.start, line.start + line.text.length)).toBe(line.text)
    at += line.text.length
  }
  expect(at).toBe(text.length)
}

describe('splitLines', () => {
  it('draws one line per line of a news article, the first non-blank one as its title', () => {
    const text = '\nViệt Nam sẵn sàng hợp tác\n\nNgày 27/2, tại trụ sở Chính phủ.\nĐoạn hai.'
    const lines = splitLines(text)
    expect(lines.map((l) => l.text)).toEqual(text.split('\n'))
    expect(lines.map((l) => l.title)).toEqual([false, true, false, false, false])
    expectCovers(text, lines)
  })

  it('cuts a text that is one long line into blocks ending after a sentence, and gives it no title', () => {
    const text = Array.from({ length: 800 }, (_, i) => `Câu thứ ${i} nói về hợp tác Việt Nam - Nhật Bản.`).join(' ')
    const lines = splitLines(text)
    expect(lines.length).toBeGreaterThan(text.length / MAX_BLOCK)
    expectCovers(text, lines)
    for (const line of lines) {
      expect(line.text.length).toBeLessThanOrEqual(MAX_BLOCK)
      expect(line.title).toBe(false)
    }
    for (const line of lines.slice(0, -1)) expect(line.text.endsWith('. ')).toBe(true)
  })

  it('cuts text without spaces (Chinese) between characters, never inside a surrogate pair', () => {
    const text = '中国与越南加强合作𠀋𡃁。'.repeat(400)
    const lines = splitLines(text)
    expectCovers(text, lines)
    for (const line of lines) {
      expect(line.text.length).toBeLessThanOrEqual(MAX_BLOCK)
      expect(/^[\uDC00-\uDFFF]/.test(line.text)).toBe(false)
    }
  })

  it('covers any text exactly, whatever its lines and characters', () => {
    const longLines = fc.array(fc.oneof(realisticText, anyUnicode), { maxLength: 300 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(longLines, (text) => {
        const lines = splitLines(text)
        expectCovers(text, lines)
        for (const line of lines) {
          expect(line.text.length).toBeLessThanOrEqual(MAX_BLOCK)
          expect(/^[\uDC00-\uDFFF]/.test(line.text) && /[\uD800-\uDBFF]$/.test(text.slice(0, line.start))).toBe(false)
        }
      }),
      { numRuns: 200 },
    )
  })
})
