/**
 * Integer hashing of feature names and a seeded random source: the learner's
 * features are integers into a fixed-size weight table, and every random choice
 * (training order, learning-curve splits) is reproducible from a seed.
 */

/** FNV-1a over UTF-16 code units, unsigned 32-bit. */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Combines two 32-bit values (murmur3's finalizer over a mix), unsigned 32-bit. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}


/** Fisher–Yates with a seeded source: the same seed gives the same order. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = out[i] as T
    out[i] = out[j] as T
    out[j] = t
  }
  return out
}

export { seededRandom } from '../seeded-random'
