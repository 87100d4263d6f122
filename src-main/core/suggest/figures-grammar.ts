/**
 * The shapes of figures, tried left to right at every position: first the
 * dates written with words ("quý I/2024", "12 tháng 3 năm 2024", "tháng
 * 10/2025", "năm 2023"), then digit dates and ranges ("27-30/11/2023",
 * "10 - 13/3", "21/9/1973", "12/3"), times, then numbers ("4.748", "1,2").
 * Vietnamese writes "." between thousands and "," before decimals.
 */
import { SP } from './figures-lexicon'

const DAY = String.raw`\d{1,2}`
const DASH = String.raw`${SP}?[-–]${SP}?`
const YEAR = String.raw`\d{4}`
export const NUMBER = String.raw`\d+(?:[.,]\d+)*`
/** Not glued to a letter or digit before. */
const START = String.raw`(?<![\p{L}\p{M}\p{N}])`
/** Not followed by more digits or a "/" that goes on (a longer date or a code). */
const END = String.raw`(?![\p{N}]|\/\p{N})`

const ALTERNATIVES: ReadonlyArray<readonly [string, string]> = [
  ['quarter', String.raw`[Qq]uý${SP}(?:IV|I{1,3}|[1-4])(?:${SP}?\/${SP}?${YEAR}|${SP}năm${SP}${YEAR})?(?![\p{L}\p{N}])`],
  ['dmyWords', String.raw`${DAY}${SP}tháng${SP}\d{1,2}(?:,?${SP}năm${SP}${YEAR})?${END}`],
  ['monthWords', String.raw`[Tt]háng${SP}\d{1,2}(?:${SP}?\/${SP}?${YEAR}|${SP}năm${SP}${YEAR})?${END}`],
  ['yearWord', String.raw`[Nn]ăm${SP}${YEAR}${END}`],
  ['dateRange', String.raw`(?:${DAY}\/${DAY}(?:\/${YEAR})?|${DAY})${DASH}${DAY}\/${DAY}(?:\/${YEAR})?${END}`],
  ['dmy', String.raw`${DAY}\/${DAY}\/${YEAR}${END}|${DAY}-${DAY}-${YEAR}${END}|${DAY}\.${DAY}\.${YEAR}${END}`],
  ['dm', String.raw`${DAY}\/${DAY}${END}`],
  ['my', String.raw`${DAY}\/${YEAR}${END}`],
  ['time', String.raw`${DAY}(?::|h)\d{2}(?![\p{L}\p{N}])`],
  ['numRange', String.raw`${NUMBER}${DASH}${NUMBER}(?![\p{N}])`],
  ['num', String.raw`${NUMBER}(?![\p{N}])`],
]

export type Shape = (typeof ALTERNATIVES)[number][0]

/** One regex, one named group per shape; `y`-free so `exec` finds the next figure from `lastIndex`. */
export const FIGURE_SHAPES = new RegExp(
  // Every shape starts with a digit or T/N/Q (tháng, năm, quý): a cheap test before the lookbehinds.
  `(?=[\\dTtNnQq])(?:${ALTERNATIVES.map(([name, source]) => `(?<${name}>${START}(?:${source}))`).join('|')})`,
  'gu',
)

export function shapeOf(groups: Record<string, string | undefined>): Shape {
  for (const [name] of ALTERNATIVES) if (groups[name] !== undefined) return name as Shape
  throw new Error('a figure matched no shape')
}

/** Digits grouped as Vietnamese (or plainly English) write them; "024.3825.1234" is not a number. */
export function wellGrouped(n: string): boolean {
  return (
    /^\d+$/u.test(n) ||
    /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(n) ||
    /^\d+,\d+$/u.test(n) ||
    /^\d{1,3}(?:,\d{3})+$/u.test(n) ||
    /^\d+\.\d{1,2}$/u.test(n)
  )
}

/** Day 1–31 and month 1–12 for every "d/m" in the figure. */
export function plausibleDate(s: string): boolean {
  for (const m of s.matchAll(/(\d{1,2})\/(\d{1,2})(?!\d)/gu)) {
    const d = Number(m[1])
    const mo = Number(m[2])
    if (d < 1 || d > 31 || mo < 1 || mo > 12) return false
  }
  for (const m of s.matchAll(/(?:tháng|Tháng)\s(\d{1,2})(?!\d)|(?<![\d/])(\d{1,2})\/\d{4}/gu)) {
    const mo = Number(m[1] ?? m[2])
    if (mo < 1 || mo > 12) return false
  }
  return true
}
