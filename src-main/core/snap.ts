/**
 * Turning a rough selection into span boundaries (docs/format.md: a span never starts
 * or ends inside a grapheme cluster, nor with whitespace).
 */
import type { OffsetMap } from './offsets'
import { isGraphemeBoundary } from './grapheme-edge'
import { breaksAt, PIECE } from './safe-breaks'
import { graphemeBoundaries, tokenize, type Range } from './tokens'

export type SnapMode = 'token' | 'exact'

const isSpace = (ch: string): boolean => /^\s$/u.test(ch)

/** How far (UTF-16 units) to look each way for a break that needs no context (safe-breaks.ts). */
const CONTEXT = 256

/**
 * The stretch of text around an offset bounded by such breaks, nearest first
 * within CONTEXT units, else the line when it is short. Segmenting it gives the
 * same units as segmenting the whole text, at a fraction of the cost: an edit in
 * a document whose paragraphs (or the whole of it) are one long line segments
 * ~500 characters, not the line. A long run with no such break (a base64 image)
 * is cut at grapheme boundaries CONTEXT units away, as tokens cut it (safePieces).
 */
export function contextAround(map: OffsetMap, codePoint: number): { start: number; text: string } {
  const { text } = map
  const u = map.toUtf16(codePoint)
  let from = u
  while (from > 0 && !breaksAt(text, from) && u - from < CONTEXT) from--
  let to = Math.min(text.length, u + 1)
  while (to < text.length && !breaksAt(text, to) && to - u < CONTEXT) to++
  const lineStart = text.lastIndexOf('\n', u - 1) + 1
  const nl = text.indexOf('\n', u)
  const lineEnd = nl < 0 ? text.length : nl
  const shortLine = lineEnd - lineStart <= PIECE
  if (from > 0 && !breaksAt(text, from)) from = shortLine ? lineStart : graphemeEdge(text, from, -1)
  if (to < text.length && !breaksAt(text, to)) to = shortLine ? lineEnd : graphemeEdge(text, to, 1)
  return { start: map.toCodePoint(from), text: text.slice(from, to) }
}

/** The nearest grapheme boundary from `i` going `step`, within CONTEXT units (else `i`, off any surrogate pair). */
function graphemeEdge(text: string, i: number, step: 1 | -1): number {
  for (let j = i; Math.abs(j - i) < CONTEXT && j > 0 && j < text.length; j += step) if (isGraphemeBoundary(text, j)) return j
  const low = text.charCodeAt(i)
  return low >= 0xdc00 && low <= 0xdfff ? i + step : i
}

function localUnits(map: OffsetMap, at: number, units: 'token' | 'grapheme'): Range[] {
  const line = contextAround(map, at)
  if (units === 'token') {
    return tokenize(line.text).map(([s, e]) => [s + line.start, e + line.start] as const)
  }
  const b = graphemeBoundaries(line.text).map((x) => x + line.start)
  return b.slice(0, -1).map((s, i) => [s, b[i + 1] as number] as const)
}

/** Trims whitespace, then widens each end to the unit (token or grapheme) it falls in. */
export function snapRange(map: OffsetMap, start: number, end: number, mode: SnapMode): Range | null {
  let s = Math.max(0, Math.min(start, end))
  let e = Math.min(map.length, Math.max(start, end))
  while (s < e && isSpace(map.slice(s, s + 1))) s++
  while (e > s && isSpace(map.slice(e - 1, e))) e--
  if (s >= e) return null
  const units = mode === 'token' ? 'token' : 'grapheme'
  const first = localUnits(map, s, units).find(([a, b]) => a <= s && s < b)
  const last = localUnits(map, e - 1, units).find(([a, b]) => a <= e - 1 && e - 1 < b)
  if (first) s = first[0]
  if (last) e = last[1]
  return [s, e]
}

/** Why [start, end) cannot be a span's extent, or null when it can. */
export function spanBoundsProblem(map: OffsetMap, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'offsets must be whole numbers'
  if (start < 0 || end > map.length) return `offsets ${start}..${end} fall outside the text (0..${map.length})`
  if (start >= end) return `the span ${start}..${end} is empty`
  if (isSpace(map.slice(start, start + 1)) || isSpace(map.slice(end - 1, end))) {
    return `the span ${start}..${end} starts or ends with whitespace`
  }
  // Judged on a window around each end (grapheme-edge.ts), not by segmenting the text around it.
  const atBoundary = (x: number): boolean => isGraphemeBoundary(map.text, map.toUtf16(x))
  if (!atBoundary(start) || !atBoundary(end)) {
    return `the span ${start}..${end} cuts through a character (grapheme cluster)`
  }
  return null
}
