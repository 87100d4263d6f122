/**
 * Tokens and grapheme boundaries, in code points (FORMAT.md, "Offsets").
 */
import { createOffsetMap, type OffsetMap } from './offsets'

/** [start, end) in code points. */
export type Range = readonly [number, number]

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' })
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const WHITESPACE = /^\s+$/u

/** The non-whitespace word segments of the text: Vietnamese syllables and punctuation marks. */
export function tokenize(text: string, map: OffsetMap = createOffsetMap(text)): Range[] {
  const out: Range[] = []
  for (const s of wordSegmenter.segment(text)) {
    if (WHITESPACE.test(s.segment)) continue
    const start = map.toCodePoint(s.index)
    out.push([start, map.toCodePoint(s.index + s.segment.length)])
  }
  return out
}

/** Every code point offset that is a grapheme cluster boundary, ascending, 0 and length included. */
export function graphemeBoundaries(text: string, map: OffsetMap = createOffsetMap(text)): number[] {
  const out: number[] = []
  for (const s of graphemeSegmenter.segment(text)) out.push(map.toCodePoint(s.index))
  out.push(map.length)
  return out
}
