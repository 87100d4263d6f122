import { describe, expect, it } from 'vitest'
import { caretWordsOf } from '../../../src-main/core/caret-words'
import { createOffsetMap } from '../../../src-main/core/offsets'

/** The words' texts, sliced by code points as the offsets on disk count. */
const words = (text: string): string[] => {
  const map = createOffsetMap(text)
  return caretWordsOf(text, map).map(([s, e]) => map.slice(s, e))
}

describe('caret words', () => {
  it('takes a date, a grouped number and a decimal as one word each, and steps over punctuation', () => {
    expect(words('Ngày 23/01/2025, Bộ Tài chính chi 1.500 tỷ đồng (47,6%).')).toEqual([
      'Ngày', '23/01/2025', 'Bộ', 'Tài', 'chính', 'chi', '1.500', 'tỷ', 'đồng', '47,6',
    ])
  })

  it('joins a range and a time, but not numbers a space or a word apart', () => {
    expect(words('từ ngày 27-30/11/2023 lúc 9:30 — 12 / 3 và 4 - 5')).toEqual(['từ', 'ngày', '27-30/11/2023', 'lúc', '9:30', '12', '3', 'và', '4', '5'])
    expect(words('năm 2025.')).toEqual(['năm', '2025'])
  })

  it('counts code points past emoji, astral CJK, NFD and CRLF', () => {
    const text = 'Tết 👨‍👩‍👧 𠀋𠀌 vào 23/01/2025,\r\nđạt 1.500 người'.replace('người', 'người'.normalize('NFD'))
    const map = createOffsetMap(text)
    const found = caretWordsOf(text, map)
    const date = found.find(([s, e]) => map.slice(s, e) === '23/01/2025')
    expect(date).toBeDefined()
    expect([...text].slice(date![0], date![1]).join('')).toBe('23/01/2025')
    expect(words(text)).toContain('1.500')
    expect(words(text)).toContain('người'.normalize('NFD'))
    expect(words(text)).toContain('👨‍👩‍👧')
    expect(words(text).some((w) => w.includes('\r') || w.includes('\n') || w === ',')).toBe(false)
  })
})
