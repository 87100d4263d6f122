/**
 * The figure grammar (ANNOTATION-GUIDE.md, "figure"): numbers written with
 * digits, with their qualifier, multipliers and unit, dates, quarters, ranges
 * and durations, each hit named by a stable rule id with a prior confidence.
 */
import { createOffsetMap } from '../offsets'
import { forbiddenZones, inZone, isListMarker, namedOrRanked } from './figures-context'
import { extentAfter, qualifierStart, type Extent } from './figures-extent'
import { FIGURE_SHAPES, plausibleDate, shapeOf, wellGrouped, type Shape } from './figures-grammar'
import type { RuleHit } from './types'

interface Found {
  start: number
  end: number
  rule: string
  confidence: number
}

const DATE_RULES: Partial<Record<Shape, readonly [string, number]>> = {
  quarter: ['figure.date.quarter', 0.9],
  dateRange: ['figure.date.range', 0.9],
  dmy: ['figure.date.dmy', 0.95],
  dm: ['figure.date.dm', 0.9],
  my: ['figure.date.month_year', 0.9],
  yearWord: ['figure.date.year', 0.95],
  time: ['figure.time', 0.5],
}

const isYear = (digits: string): boolean => /^(?:1[89]|20)\d{2}$/u.test(digits)

function numberRule(shape: Shape, digits: string, extent: Extent): readonly [string, number] {
  if (extent.unit === 'money') return ['figure.money', 0.95]
  if (extent.unit === 'percent') return ['figure.percent', 0.95]
  if (extent.unit === 'measure') return ['figure.count_unit', 0.9]
  if (extent.unit === 'duration') return ['figure.duration', 0.85]
  if (shape === 'numRange') return digits.split(/\s*[-–]\s*/u).every(isYear) ? ['figure.date.range', 0.85] : ['figure.range', 0.8]
  if (extent.multiplied) return ['figure.magnitude', 0.9]
  if (isYear(digits)) return ['figure.date.year', 0.75]
  return ['figure.number', 0.8]
}

/** One figure starting at a match of FIGURE_SHAPES, or null when the digits are no figure. */
function figureAt(text: string, zones: ReadonlyArray<readonly [number, number]>, start: number, matched: string, shape: Shape): Found | null {
  const end = start + matched.length
  if (inZone(zones, start, end) || isListMarker(text, start, end)) return null
  if (shape === 'quarter' && !/\d/u.test(matched)) return null
  if (shape === 'num' || shape === 'numRange') {
    const parts = matched.split(/[ \u00A0]?[-–][ \u00A0]?/u)
    if (!parts.every(wellGrouped)) return null
    const extent = extentAfter(text, end)
    if (!extent) return null
    const plain = extent.unit === null && !extent.multiplied
    if (namedOrRanked(text, start, plain && !isYear(matched))) return null
    const [rule, confidence] = numberRule(shape, matched, extent)
    const from = rule === 'figure.date.year' ? start : qualifierStart(text, start, plain)
    return { start: from, end: extent.end, rule, confidence: from < start ? Math.min(0.95, confidence + 0.05) : confidence }
  }
  if (/^[\p{L}\p{M}]/u.test(text.slice(end, end + 1)) || !plausibleDate(matched)) return null
  if (/^\d/u.test(matched) && namedOrRanked(text, start, false)) return null
  if (shape === 'dmyWords') return { start, end, rule: /năm/u.test(matched) ? 'figure.date.dmy' : 'figure.date.dm', confidence: 0.9 }
  if (shape === 'monthWords') {
    return /\d{4}/u.test(matched) ? { start, end, rule: 'figure.date.month_year', confidence: 0.95 } : { start, end, rule: 'figure.date.month', confidence: 0.85 }
  }
  const [rule, confidence] = DATE_RULES[shape] ?? ['figure.number', 0.5]
  return { start, end, rule, confidence }
}

/** Figure hits in text order, code-point offsets, none overlapping another. */
export function figureHits(text: string): RuleHit[] {
  const zones = forbiddenZones(text)
  const found: Found[] = []
  const re = new RegExp(FIGURE_SHAPES)
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const hit = figureAt(text, zones, m.index, m[0], shapeOf(m.groups ?? {}))
    const last = found[found.length - 1]
    if (hit && !(last && hit.start < last.end)) {
      found.push(hit)
      re.lastIndex = Math.max(re.lastIndex, hit.end)
    }
  }
  const map = createOffsetMap(text)
  return found.map((f) => ({ start: map.toCodePoint(f.start), end: map.toCodePoint(f.end), label: 'figure', rule: f.rule, confidence: f.confidence }))
}
