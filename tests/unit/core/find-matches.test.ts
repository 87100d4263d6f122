import { describe, expect, it } from 'vitest'
import { findMatches, type FindOptions } from '../../../src-main/core/find-matches'
import { createOffsetMap } from '../../../src-main/core/offsets'
import { pySlice } from './arbitraries'

const TEXT = 'Nhật Bản hỗ trợ 3 triệu yên. NHẬT BẢN và 𠀋 nhật bản; Nhật Bảnh? 2050, 2030.'
const MAP = createOffsetMap(TEXT)
const plain: FindOptions = { query: '', regex: false, wholeWord: false, matchCase: false }

const texts = (options: Partial<FindOptions>): string[] => {
  const result = findMatches(MAP, { ...plain, ...options })
  if (!result.ok) throw new Error(result.error)
  return result.matches.map(([s, e]) => pySlice(TEXT, s, e))
}

describe('findMatches', () => {
  it('finds plain text ignoring case unless asked, with code point offsets past astral characters', () => {
    expect(texts({ query: 'nhật bản' })).toEqual(['Nhật Bản', 'NHẬT BẢN', 'nhật bản', 'Nhật Bản'])
    expect(texts({ query: 'nhật bản', matchCase: true })).toEqual(['nhật bản'])
    expect(texts({ query: '3 triệu yên.' })).toEqual(['3 triệu yên.'])
  })

  it('whole words stop at Vietnamese letters, which JavaScript\'s \\b does not know', () => {
    expect(texts({ query: 'nhật bản', wholeWord: true })).toEqual(['Nhật Bản', 'NHẬT BẢN', 'nhật bản'])
    expect(texts({ query: 'Bả', wholeWord: true })).toEqual([])
  })

  it('runs regular expressions, and says what is wrong with a broken one', () => {
    expect(texts({ query: '20\\d\\d', regex: true })).toEqual(['2050', '2030'])
    expect(texts({ query: '\\d+ triệu \\p{L}+', regex: true })).toEqual(['3 triệu yên'])
    expect(texts({ query: 'x*', regex: true })).toEqual([])
    const broken = findMatches(MAP, { ...plain, query: '(', regex: true })
    expect(broken.ok).toBe(false)
  })

  it('accepts a decomposed (NFD) query and stops at the limit, saying so', () => {
    expect(texts({ query: 'nha\u0323\u0302t', wholeWord: true })).toHaveLength(4)
    expect(findMatches(MAP, { ...plain, query: 'n' }, 2)).toMatchObject({ ok: true, truncated: true, matches: [[0, 1], expect.any(Array)] })
    expect(findMatches(MAP, plain)).toEqual({ ok: true, matches: [], truncated: false })
  })
})
