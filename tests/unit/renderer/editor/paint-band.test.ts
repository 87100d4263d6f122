import { describe, expect, it } from 'vitest'
import { nextBand, paintedView } from '../../../../src-renderer/editor/text/paint-band'

describe('the band of text whose spans are highlighted', () => {
  const around = (start: number, end: number) => () => ({ start, end })

  it('stays put while the screen shows only text inside it, so scrolling there changes no range', () => {
    const band = { start: 100, end: 900 }
    expect(nextBand(band, { start: 300, end: 700 }, around(0, 1000))).toBe(band)
    expect(nextBand(band, { start: 100, end: 900 }, around(0, 1000))).toBe(band)
  })

  it('moves to the screen and its margins once the screen reaches past an edge', () => {
    const band = { start: 100, end: 900 }
    expect(nextBand(band, { start: 700, end: 1200 }, around(500, 1500))).toEqual({ start: 500, end: 1500 })
    expect(nextBand(null, { start: 0, end: 400 }, around(0, 600))).toEqual({ start: 0, end: 600 })
  })

  it('gives way to the whole drawn view when the screen shows no drawn paragraph', () => {
    expect(nextBand({ start: 0, end: 10 }, null, around(0, 10))).toBeNull()
    expect(paintedView({ start: 0, end: 5000 }, null)).toEqual({ start: 0, end: 5000 })
  })

  it('paints the drawn view within the band, or the whole view when the window jumped away from it', () => {
    expect(paintedView({ start: 0, end: 5000 }, { start: 1000, end: 2000 })).toEqual({ start: 1000, end: 2000 })
    expect(paintedView({ start: 1500, end: 5000 }, { start: 1000, end: 2000 })).toEqual({ start: 1500, end: 2000 })
    expect(paintedView({ start: 8000, end: 9000 }, { start: 1000, end: 2000 })).toEqual({ start: 8000, end: 9000 })
  })
})
