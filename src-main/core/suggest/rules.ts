/**
 * The rules layer of suggestions: figure grammar and cue patterns together,
 * none inside page furniture, in (start, end, label) order. Deterministic; the
 * learner calls it on every suggestion request and reads its hits as features.
 */
import { isGraphemeBoundary } from '../grapheme-edge'
import { createOffsetMap } from '../offsets'
import { furnitureLines } from '../page-furniture'
import { cueHits } from './cues'
import { figureHits } from './figures'
import type { CodePointRange, RuleHit } from './types'

const overlaps = (furniture: readonly CodePointRange[], hit: RuleHit): boolean =>
  furniture.some(([s, e]) => hit.start < e && hit.end > s)

export function compareHits(x: RuleHit, y: RuleHit): number {
  return x.start - y.start || x.end - y.end || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0) || (x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0)
}

export function ruleHits(text: string): RuleHit[] {
  const furniture = furnitureLines(text)
  const map = createOffsetMap(text)
  // Keeps a hit only where both edges fall between grapheme clusters ("5" then U+0301 is one cluster).
  const whole = (h: RuleHit): boolean => isGraphemeBoundary(text, map.toUtf16(h.start)) && isGraphemeBoundary(text, map.toUtf16(h.end))
  return [...figureHits(text), ...cueHits(text)].filter((h) => !overlaps(furniture, h) && whole(h)).sort(compareHits)
}
