// @vitest-environment jsdom
/**
 * A long document draws only the chunks near the viewport (editor/text/virtual-window.svelte.ts):
 * the rest stand as two boxes as tall as those chunks, so the scrollbar and the
 * positions stay right.
 */
import { describe, expect, it } from 'vitest'
import { chunkLines, type Chunk } from '../../../../src-renderer/editor/text/chunks'
import { lineTable } from '../../../../src-renderer/editor/text/lines'
import { VirtualWindow } from '../../../../src-renderer/editor/text/virtual-window.svelte'

const paragraph = 'Phó Thủ tướng cũng dành nhiều thời gian trao đổi về tiềm năng hợp tác giữa hai nước. '.repeat(8)
const text = Array.from({ length: 400 }, (_, i) => `${i}. ${paragraph}`).join('\n')
const chunks: Chunk[] = chunkLines(lineTable(text))
const total = (w: VirtualWindow): number => chunks.reduce((sum, _c, i) => sum + w.height(i), 0)
const drawnHeight = (w: VirtualWindow): number => w.drawn.reduce((sum, c) => sum + w.height(chunks.indexOf(c)), 0)

describe('VirtualWindow', () => {
  it('starts with the first chunks drawn and one box for all the rest below', () => {
    expect(chunks.length).toBeGreaterThan(20)
    const w = new VirtualWindow(chunks)
    expect(w.first).toBe(0)
    expect(w.above).toBe(0)
    expect(w.last).toBeLessThan(chunks.length - 1)
    expect(w.drawn).toEqual(chunks.slice(0, w.last + 1))
    expect(w.above + drawnHeight(w) + w.below).toBeCloseTo(total(w))
  })

  it('draws the chunk of an offset far below (with its neighbours), keeping the total height', () => {
    const w = new VirtualWindow(chunks)
    const target = chunks[30] as Chunk
    expect(w.include(target.start + 5)).toBe(true)
    expect([w.first, w.last]).toEqual([29, 31])
    expect([w.rendered(30), w.rendered(0)]).toEqual([true, false])
    expect(w.above + drawnHeight(w) + w.below).toBeCloseTo(total(w))
    // Already drawn: nothing changes.
    expect(w.include(target.start)).toBe(false)
  })
})
