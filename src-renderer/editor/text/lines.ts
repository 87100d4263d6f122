/**
 * A document's text as the lines it is drawn in. A long document's lines are held as
 * a table of offsets (lineTable), each line's text cut only when its chunk is drawn:
 * 9,000 line objects and their strings held ~0.5 MB of the window's heap for a 1 MB text.
 */
import { breaksAt } from '../../../src-main/core/safe-breaks'

export interface Line {
  /** UTF-16 offset of the line's first character in the full text. */
  start: number
  text: string
  /** True for the document's title: its first non-blank line, when it is short. */
  title: boolean
}

/** The drawn lines of a text as UTF-16 [start, end) offsets, two numbers a line. */
export interface LineTable {
  readonly text: string
  readonly starts: Int32Array
  readonly ends: Int32Array
  /** Index of the title line, or -1. */
  readonly title: number
}

/**
 * Lines longer than this (UTF-16 units) are drawn as several blocks: the browser
 * lays a paragraph out whole, and one of 100 kB (a text with no line breaks)
 * took seconds at every change. News paragraphs stay well under it.
 */
export const MAX_BLOCK = 2000
/** The longest first line still drawn as a title: a text that is one long line has none. */
const MAX_TITLE = 300

export function lineTable(text: string): LineTable {
  const starts: number[] = []
  const ends: number[] = []
  let title = -1
  let titled = false
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start)
    const end = nl < 0 ? text.length : nl
    if (!titled && text.slice(start, end).trim() !== '') {
      titled = true
      if (end - start <= MAX_TITLE) title = starts.length
    }
    if (end - start <= MAX_BLOCK) {
      starts.push(start)
      ends.push(end)
    } else {
      for (const [from, to] of blocks(text.slice(start, end))) {
        starts.push(start + from)
        ends.push(start + to)
      }
    }
    start = end + 1
  }
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends), title }
}

/** Line `i` of the table, its text cut from the text. */
export function lineOf(table: LineTable, i: number): Line {
  const start = table.starts[i] as number
  return { start, text: table.text.slice(start, table.ends[i]), title: i === table.title }
}

export function splitLines(text: string): Line[] {
  const table = lineTable(text)
  return Array.from(table.starts, (_, i) => lineOf(table, i))
}

/** A character a block may start with when no safe break is near: no mark or joiner of the one before. */
const STARTS_CHARACTER = /^[\p{L}\p{N}\p{P}\p{S}]/u
const SENTENCE_END = /[.!?…:;)\]"'”’»。！？]/u

/** [from, to) pieces of a long line, each of at most MAX_BLOCK units. */
export function blocks(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = 0
  while (line.length - from > MAX_BLOCK) {
    const to = breakBefore(line, from + MAX_BLOCK, from + MAX_BLOCK / 2)
    out.push([from, to])
    from = to
  }
  out.push([from, line.length])
  return out
}

/**
 * Where to end a block at or before `limit` (and after `floor`): where segmentation
 * always breaks (core/safe-breaks.ts), after a sentence if it can; else (text
 * without spaces) before any character that starts a new one, never inside a
 * surrogate pair.
 */
function breakBefore(line: string, limit: number, floor: number): number {
  const startsAt = (i: number): boolean => STARTS_CHARACTER.test(line.slice(i, i + 2))
  let afterBreak = -1
  for (let i = limit; i > floor; i--) {
    if (!breaksAt(line, i)) continue
    if (SENTENCE_END.test(line[i - 2] ?? '')) return i
    if (afterBreak < 0) afterBreak = i
  }
  if (afterBreak > 0) return afterBreak
  for (let i = limit; i > floor; i--) if (startsAt(i) && !isHighSurrogate(line.charCodeAt(i - 1))) return i
  return isHighSurrogate(line.charCodeAt(limit - 1)) ? limit - 1 : limit
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
