/**
 * How far a number's figure reaches: a qualifier before it ("hơn", "gần"),
 * multipliers and one unit after it ("tỷ USD", "nghìn người", "%", "50 năm").
 * Before a plain noun the figure is the number alone ("05 văn kiện").
 */
import { wordRegex } from '../word-regex'
import { CURRENCY, DURATION, GLUED_UNIT, MEASURE, MULTIPLIERS, PERCENT, QUALIFIERS, SP, WEAK_QUALIFIERS } from './figures-lexicon'

export type UnitKind = 'money' | 'percent' | 'measure' | 'duration'

const sticky = (source: string): RegExp => wordRegex(source, 'uy')
const MULTIPLIERS_AT = sticky(MULTIPLIERS)
const UNITS_AT: ReadonlyArray<readonly [UnitKind, RegExp]> = [
  ['money', sticky(String.raw`${SP}?(?:${CURRENCY})`)],
  ['percent', sticky(String.raw`${SP}?${PERCENT}`)],
  ['measure', sticky(String.raw`${SP}?${MEASURE}`)],
  ['duration', sticky(String.raw`${SP}${DURATION}`)],
]
/** "USD/tấn", "đồng/tháng", "%/năm": a rate per unit stays in the figure. */
const PER_AT = sticky(String.raw`\/(?:tấn|người|tháng|năm|ngày|giờ|kg|lít|thùng|m2|m²|ha|km|lượt|liều|MWh|kWh)\b`)
const GLUED_AT = sticky(String.raw`${GLUED_UNIT}(?![\p{L}\p{M}\p{N}])`)

const alternation = (words: readonly string[]): string => words.map((w) => w.replaceAll(' ', SP)).join('|')
const QUALIFIER_BEFORE = wordRegex(String.raw`\b(?:${alternation(QUALIFIERS)})${SP}$`, 'iu')
const WEAK_BEFORE = wordRegex(String.raw`\b(?:${alternation(WEAK_QUALIFIERS)})${SP}$`, 'iu')

export interface Extent {
  end: number
  multiplied: boolean
  unit: UnitKind | null
}

const matchAt = (re: RegExp, text: string, at: number): number | null => {
  re.lastIndex = at
  const m = re.exec(text)
  return m ? at + m[0].length : null
}

/** Multipliers and unit after the digits ending at `end`; null when letters are glued on that are no unit ("5G"). */
export function extentAfter(text: string, end: number): Extent | null {
  if (/^[\p{L}\p{M}]/u.test(text.slice(end, end + 1))) {
    const glued = matchAt(GLUED_AT, text, end)
    if (glued === null) return null
    return { end: glued, multiplied: false, unit: /^[%]/u.test(text[end] ?? '') ? 'percent' : text.startsWith('USD', end) ? 'money' : 'measure' }
  }
  const multipliedEnd = matchAt(MULTIPLIERS_AT, text, end)
  const at = multipliedEnd ?? end
  for (const [unit, re] of UNITS_AT) {
    const unitEnd = matchAt(re, text, at)
    // "3 triệu năm" is a duration too, but a multiplier with a duration is rare; money and counts are not.
    if (unitEnd !== null && !(unit === 'duration' && multipliedEnd !== null)) {
      return { end: unit === 'duration' ? unitEnd : (matchAt(PER_AT, text, unitEnd) ?? unitEnd), multiplied: multipliedEnd !== null, unit }
    }
  }
  return { end: at, multiplied: multipliedEnd !== null, unit: null }
}

/** Start of a qualifier right before `start`; weak ones ("trên", "tới") only when the figure has a multiplier or unit. */
export function qualifierStart(text: string, start: number, strongOnly: boolean): number {
  const before = text.slice(Math.max(0, start - 20), start)
  const m = QUALIFIER_BEFORE.exec(before) ?? (strongOnly ? null : WEAK_BEFORE.exec(before))
  return m ? start - (before.length - m.index) : start
}
