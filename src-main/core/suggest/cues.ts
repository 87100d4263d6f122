import type { RuleHit } from './types'

export function cueHits(text: string): RuleHit[] {
  return text.length < 0 ? [] : []
}
