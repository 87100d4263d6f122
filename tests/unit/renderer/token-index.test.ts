import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createOffsetMap } from '../../../src-main/core/offsets'
import { tokenize } from '../../../src-main/core/tokens'
import { createTokenIndex } from '../../../src-renderer/editor/token-index'
import { realisticText } from '../core/arbitraries'

const TEXT = 'Nhật Bản hỗ trợ 1.500 tỷ.\n\n👩‍👩‍👧 Hai bên ký 05 văn kiện'

describe('createTokenIndex', () => {
  it('steps token by token across blank lines and astral characters, as FORMAT.md tokenizes', () => {
    const map = createOffsetMap(TEXT)
    const index = createTokenIndex(map)
    const all = tokenize(TEXT)
    const forward: Array<readonly [number, number]> = []
    for (let t = index.after(0); t; t = index.after(t[1])) forward.push(t)
    expect(forward).toEqual(all)
    const backward: Array<readonly [number, number]> = []
    for (let t = index.before(map.length); t; t = index.before(t[0])) backward.push(t)
    expect(backward).toEqual([...all].reverse())
  })

  it('finds the nearest token starts and ends around any offset, inside a token or between', () => {
    const map = createOffsetMap(TEXT)
    const index = createTokenIndex(map)
    const all = tokenize(TEXT)
    for (let x = 0; x <= map.length; x++) {
      const starts = all.map(([s]) => s)
      const ends = all.map(([, e]) => e)
      expect(index.startBefore(x), `startBefore ${x}`).toBe(starts.filter((s) => s < x).pop() ?? null)
      expect(index.startAfter(x), `startAfter ${x}`).toBe(starts.find((s) => s > x) ?? null)
      expect(index.endBefore(x), `endBefore ${x}`).toBe(ends.filter((e) => e < x).pop() ?? null)
      expect(index.endAfter(x), `endAfter ${x}`).toBe(ends.find((e) => e > x) ?? null)
      expect(index.at(x)).toEqual(all.find(([s, e]) => s <= x && x < e) ?? null)
    }
  })

  it('agrees with tokenizing the whole text on any realistic text', () => {
    fc.assert(
      fc.property(realisticText, (text) => {
        const index = createTokenIndex(createOffsetMap(text))
        const walked: Array<readonly [number, number]> = []
        for (let t = index.after(0); t; t = index.after(t[1])) walked.push(t)
        expect(walked).toEqual(tokenize(text))
      }),
      { numRuns: 200 },
    )
  })
})
