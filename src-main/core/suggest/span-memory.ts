/**
 * Phrases tagged before, per label: how often each was tagged (seen), how often it
 * occurred untagged in a done document (missed) and how often a suggestion of it
 * was rejected. Phrases are token sequences, matched on token boundaries; case
 * counts except for the first letter, so a phrase that opens a sentence still
 * matches in mid-sentence and the other way round.
 */
export interface PhraseCounts {
  seen: number
  missed: number
  rejected: number
}

export interface MemoryMatch {
  first: number
  last: number
  label: string
  counts: PhraseCounts
}

export type SpanMemoryJSON = Array<[phrase: string, label: string, seen: number, missed: number, rejected: number]>

const SEP = ' '
const norm = (word: string): string => word.charAt(0).toLowerCase() + word.slice(1)
const keyOf = (words: readonly string[], first: number, last: number): string => {
  let key = norm(words[first] as string)
  for (let t = first + 1; t <= last; t++) key += SEP + (words[t] as string)
  return key
}

/** Laplace-like: one sighting scores 0.75, and every untagged occurrence or rejection pulls it down. */
export function memoryScore(c: PhraseCounts): number {
  return (c.seen + 0.5) / (c.seen + c.missed + c.rejected + 1)
}

export class SpanMemory {
  private phrases = new Map<string, Map<string, PhraseCounts>>()
  /** First word → phrase lengths in tokens, so matching tries only lengths that exist. */
  private lengths = new Map<string, number[]>()

  count(words: readonly string[], first: number, last: number, label: string, field: keyof PhraseCounts): void {
    const key = keyOf(words, first, last)
    let labels = this.phrases.get(key)
    if (!labels) {
      labels = new Map()
      this.phrases.set(key, labels)
      const head = norm(words[first] as string)
      const lens = this.lengths.get(head) ?? []
      const len = last - first + 1
      if (!lens.includes(len)) lens.push(len)
      lens.sort((a, b) => b - a)
      this.lengths.set(head, lens)
    }
    let c = labels.get(label)
    if (!c) {
      c = { seen: 0, missed: 0, rejected: 0 }
      labels.set(label, c)
    }
    c[field]++
  }

  /** Every occurrence of a remembered phrase, longest first at each token, skipping tokens where `blocked` is 1. */
  matches(words: readonly string[], blocked?: Uint8Array): MemoryMatch[] {
    const out: MemoryMatch[] = []
    for (let t = 0; t < words.length; t++) {
      const lens = this.lengths.get(norm(words[t] as string))
      if (!lens) continue
      for (const len of lens) {
        const last = t + len - 1
        if (last >= words.length) continue
        if (blocked && blocked.subarray(t, last + 1).includes(1)) continue
        const labels = this.phrases.get(keyOf(words, t, last))
        if (!labels) continue
        for (const [label, counts] of labels) out.push({ first: t, last, label, counts })
      }
    }
    return out
  }

  /** Like matches, without a phrase found inside a longer one of the same label: the longer one is more specific. */
  longestMatches(words: readonly string[], blocked?: Uint8Array): MemoryMatch[] {
    const all = this.matches(words, blocked)
    return all.filter(
      (m) => !all.some((o) => o !== m && o.label === m.label && o.first <= m.first && m.last <= o.last && o.last - o.first > m.last - m.first),
    )
  }

  toJSON(): SpanMemoryJSON {
    const out: SpanMemoryJSON = []
    for (const key of [...this.phrases.keys()].sort()) {
      const labels = this.phrases.get(key) as Map<string, PhraseCounts>
      for (const label of [...labels.keys()].sort()) {
        const c = labels.get(label) as PhraseCounts
        out.push([key, label, c.seen, c.missed, c.rejected])
      }
    }
    return out
  }

  static fromJSON(json: SpanMemoryJSON): SpanMemory {
    const m = new SpanMemory()
    for (const [key, label, seen, missed, rejected] of json) {
      const words = key.split(SEP)
      m.count(words, 0, words.length - 1, label, 'seen')
      const c = m.phrases.get(key)?.get(label) as PhraseCounts
      Object.assign(c, { seen, missed, rejected })
    }
    return m
  }
}
