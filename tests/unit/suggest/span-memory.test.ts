import { describe, expect, it } from 'vitest'
import { memoryScore, SpanMemory } from '../../../src-main/core/suggest/span-memory'

const words = (s: string): string[] => s.split(' ')

describe('SpanMemory', () => {
  it('finds a remembered phrase wherever its tokens recur, longest phrase first', () => {
    const m = new SpanMemory()
    m.count(words('Việt Nam'), 0, 1, 'country', 'seen')
    m.count(words('Nam'), 0, 0, 'person', 'seen')
    const found = m.matches(words('ông Nam thăm Việt Nam'))
    expect(found.map((x) => [x.first, x.last, x.label])).toEqual([
      [1, 1, 'person'],
      [3, 4, 'country'],
      [4, 4, 'person'],
    ])
  })

  it('leaves out a phrase found inside a longer one of the same label', () => {
    const m = new SpanMemory()
    m.count(words('cà phê'), 0, 1, 'product', 'seen')
    m.count(words('cà phê Robusta'), 0, 2, 'product', 'seen')
    m.count(words('cà phê'), 0, 1, 'drink', 'seen')
    const found = m.longestMatches(words('giá cà phê Robusta và cà phê'))
    expect(found.map((x) => [x.first, x.last, x.label])).toEqual([
      [1, 3, 'product'],
      [1, 2, 'drink'],
      [5, 6, 'product'],
      [5, 6, 'drink'],
    ])
  })

  it('matches the first letter in either case but the rest as written', () => {
    const m = new SpanMemory()
    m.count(words('sẵn sàng hợp tác'), 0, 3, 'commitment', 'seen')
    expect(m.matches(words('Sẵn sàng hợp tác'))).toHaveLength(1)
    expect(m.matches(words('sẵn Sàng hợp tác'))).toHaveLength(0)
  })

  it('never matches on blocked (furniture) tokens', () => {
    const m = new SpanMemory()
    m.count(words('50 năm'), 0, 1, 'figure', 'seen')
    const text = words('kỷ niệm 50 năm , 50 năm')
    expect(m.matches(text, Uint8Array.from([0, 0, 1, 1, 0, 0, 0])).map((x) => x.first)).toEqual([5])
  })

  it('scores a phrase lower the more often it went untagged or was rejected', () => {
    const once = memoryScore({ seen: 1, missed: 0, rejected: 0 })
    expect(memoryScore({ seen: 5, missed: 0, rejected: 0 })).toBeGreaterThan(once)
    expect(memoryScore({ seen: 1, missed: 3, rejected: 0 })).toBeLessThan(0.5)
    expect(memoryScore({ seen: 1, missed: 0, rejected: 2 })).toBeLessThan(0.5)
  })

  it('round-trips through JSON with its counts', () => {
    const m = new SpanMemory()
    m.count(words('Nhật Bản'), 0, 1, 'country', 'seen')
    m.count(words('Nhật Bản'), 0, 1, 'country', 'rejected')
    const back = SpanMemory.fromJSON(JSON.parse(JSON.stringify(m.toJSON())))
    expect(back.toJSON()).toEqual(m.toJSON())
    expect(back.matches(words('tại Nhật Bản'))[0]?.counts).toEqual({ seen: 1, missed: 0, rejected: 1 })
  })
})
