/**
 * Rule hits as token features: B/I/L of the hit per (label, rule) and per label,
 * the confidence in quarters, and "a hit starts next" / "a hit just ended", so a
 * label's model can learn when to trust which rule and how its extent differs.
 * Values are feature templates; features.ts hashes them.
 */
import { hashString, mix } from './hashing'
import { firstEndingAfter } from './token-index'
import type { RuleHit } from './types'

const HIT = 100

/** Per token, its marks (undefined for most tokens: an array indexed by token reads faster than a map). */
export function ruleHitMarks(starts: Int32Array, ends: Int32Array, hits: readonly RuleHit[]): Array<number[] | undefined> {
  const out = new Array<number[] | undefined>(starts.length).fill(undefined)
  const put = (t: number, v: number): void => {
    if (t < 0 || t >= starts.length) return
    const list = out[t]
    if (list) list.push(v)
    else out[t] = [v]
  }
  for (const h of hits) {
    const label = hashString(h.label)
    const rule = mix(label, hashString(h.rule))
    const conf = Math.round(Math.min(1, Math.max(0, h.confidence)) * 4)
    const first = firstEndingAfter(ends, h.start)
    let last = first
    while (last + 1 < starts.length && (starts[last + 1] as number) < h.end) last++
    if (first >= starts.length || (starts[first] as number) >= h.end) continue
    for (let t = first; t <= last; t++) {
      const pos = t === first ? 0 : 1
      put(t, mix(HIT + pos, rule))
      put(t, mix(HIT + 2 + pos, label))
      put(t, mix(HIT + 4 + pos, mix(label, conf)))
      if (t === last) put(t, mix(HIT + 6, label))
    }
    put(first - 1, mix(HIT + 7, label))
    put(last + 1, mix(HIT + 8, label))
  }
  return out
}
