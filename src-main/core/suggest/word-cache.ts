/**
 * Values computed once per distinct word, found from the word's place in a text
 * without slicing it out: tokens repeat endlessly (a 10 kB article has ~2,000
 * tokens and a few hundred distinct words), and a new string per token was most
 * of what reading a corpus cost. The word strings are shared too. Bounded: the
 * cache empties when full, so memory stays flat.
 */
const SLOTS = 1 << 18
const MAX = SLOTS >> 2

export class WordCache<V extends { word: string }> {
  /** Open addressing: a value's index + 1, 0 for an empty slot. */
  private slots = new Int32Array(SLOTS)
  private values: V[] = []

  constructor(private readonly make: (word: string) => V) {}

  /** The value of text.slice(from, to) (UTF-16 indices). */
  at(text: string, from: number, to: number): V {
    let h = 0x811c9dc5
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    let s = h & (SLOTS - 1)
    for (let k = this.slots[s] as number; k !== 0; k = this.slots[s] as number) {
      const v = this.values[k - 1] as V
      if (same(v.word, text, from, to)) return v
      s = (s + 1) & (SLOTS - 1)
    }
    if (this.values.length >= MAX) {
      this.slots.fill(0)
      this.values = []
      return this.at(text, from, to)
    }
    const v = this.make(text.slice(from, to))
    this.values.push(v)
    this.slots[s] = this.values.length
    return v
  }
}

function same(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false
  return true
}
