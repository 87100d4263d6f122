/**
 * Tokens and grapheme boundaries, in code points (docs/format.md, "Offsets").
 */
import { createOffsetMap, type OffsetMap } from './offsets'
import { safePieces } from './safe-breaks'

/** [start, end) in code points. */
export type Range = [number, number]

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' })
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const WHITESPACE = /^\s+$/u

/**
 * Segments line by line, and a long line piece by piece (safe-breaks.ts). Word
 * and grapheme breaks always fall around a line feed (UAX #29 WB3a/WB3b, GB4/GB5)
 * and at those places, so the result equals segmenting the whole text, and V8
 * segments many short strings far faster than one long one.
 */
function* segmentByLine(text: string, segmenter: Intl.Segmenter): Generator<{ index: number; segment: string }> {
  let from = 0
  while (from <= text.length) {
    const nl = text.indexOf('\n', from)
    // CR LF is one segment (GB3, WB3), so a CR before the line feed goes with it.
    const crlf = nl > from && text.charCodeAt(nl - 1) === 0x0d
    const to = nl < 0 ? text.length : crlf ? nl - 1 : nl
    for (const [a, b] of safePieces(text, from, to)) {
      for (const s of segmenter.segment(text.slice(a, b))) yield { index: a + s.index, segment: s.segment }
    }
    if (nl < 0) break
    yield { index: to, segment: crlf ? '\r\n' : '\n' }
    from = nl + 1
  }
}

/** The non-whitespace word segments of the text: Vietnamese syllables and punctuation marks. */
export function tokenize(text: string, map: OffsetMap = createOffsetMap(text)): Range[] {
  const out: Range[] = []
  for (const s of segmentByLine(text, wordSegmenter)) {
    if (WHITESPACE.test(s.segment)) continue
    out.push([map.toCodePoint(s.index), map.toCodePoint(s.index + s.segment.length)])
  }
  return out
}

/** Every code point offset that is a grapheme cluster boundary, ascending, 0 and length included. */
export function graphemeBoundaries(text: string, map: OffsetMap = createOffsetMap(text)): number[] {
  const out: number[] = []
  for (const s of segmentByLine(text, graphemeSegmenter)) out.push(map.toCodePoint(s.index))
  out.push(map.length)
  return out
}
