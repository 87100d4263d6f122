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
/** norm without a new string for a word that starts with an ASCII character other than a capital (most syllables). */
const headOf = (word: string): string => {
  const c = word.charCodeAt(0)
  return c < 65 || (c > 90 && c < 128) ? word : norm(word)
}
const keyOf = (words: readonly string[], first: number, last: number): string => {
  let key = norm(words[first] as string)
  for (let t = first + 1; t <= last; t++) key += SEP + (words[t] as string)
  return key
}

/** Laplace-like: one sighting scores 0.75, and every untagged occurrence or rejection pulls it down. */
export function memoryScore(c: PhraseCounts): number {
  return (c.seen + 0.5) / (c.seen + c.missed + c.rejected + 1)
}

/** A trie over phrases, word by word, so matching walks forward from a token without building keys. */
interface Node {
  next: Map<string, Node> | null
  /** Set where a remembered phrase ends. */
  labels: Map<string, PhraseCounts> | null
}
const child = (children: Map<string, Node>, word: string): Node => {
  let node = children.get(word)
  if (!node) {
    node = { next: null, labels: null }
    children.set(word, node)
  }
  return node
}

export class SpanMemory {
  private phrases = new Map<string, Map<string, PhraseCounts>>()
  /** First word (normalized) → the trie of phrases that start with it. */
  private heads = new Map<string, Node>()

  count(words: readonly string[], first: number, last: number, label: string, field: keyof PhraseCounts): void {
    const key = keyOf(words, first, last)
    let labels = this.phrases.get(key)
    if (!labels) {
      labels = new Map()
      this.phrases.set(key, labels)
      let node = child(this.heads, norm(words[first] as string))
      for (let t = first + 1; t <= last; t++) node = child((node.next ??= new Map()), words[t] as string)
      node.labels = labels
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
      let node = this.heads.get(headOf(words[t] as string))
      if (!node) continue
      const at = out.length
      for (let last = t; node && blocked?.[last] !== 1; ) {
        if (node.labels) for (const [label, counts] of node.labels) out.push({ first: t, last, label, counts })
        if (++last >= words.length) break
        node = node.next?.get(words[last] as string)
      }
      reverseLengths(out, at)
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

/** The trie finds a token's phrases shortest first; matches lists them longest first (labels in their order). */
function reverseLengths(out: MemoryMatch[], at: number): void {
  if (out.length - at < 2) return
  const found = out.splice(at)
  const byLast = new Map<number, MemoryMatch[]>()
  for (const m of found) byLast.set(m.last, [...(byLast.get(m.last) ?? []), m])
  for (const last of [...byLast.keys()].reverse()) out.push(...(byLast.get(last) as MemoryMatch[]))
}
