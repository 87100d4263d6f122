/** Finding tokens by code point offset: tokens are ascending and never overlap. */
import { createOffsetMap } from '../offsets'
import type { CodePointRange, SuggestDocument } from './types'
import { WordCache } from './word-cache'
import { lowerBound } from '../lower-bound'

/** A document's tokens as offsets and texts: what the span memory needs, far lighter than features. */
export interface TokenTexts {
  starts: Int32Array
  ends: Int32Array
  words: string[]
}

// Words repeat, so each distinct one is one string (see word-cache.ts).
const WORDS = new WordCache((word) => ({ word }))

/** With `within`, only the words of tokens inside those ranges are read (the others are ''): what remembering spans needs. */
export function tokenTexts(doc: SuggestDocument, within?: ReadonlyArray<{ start: number; end: number }>): TokenTexts {
  const map = createOffsetMap(doc.text)
  const n = doc.tokens.length
  const out: TokenTexts = { starts: new Int32Array(n), ends: new Int32Array(n), words: new Array<string>(n).fill('') }
  for (let t = 0; t < n; t++) {
    const token = doc.tokens[t] as readonly [number, number]
    out.starts[t] = token[0]
    out.ends[t] = token[1]
  }
  const read = (from: number, to: number): void => {
    for (let t = from; t < to; t++) out.words[t] = WORDS.at(doc.text, map.toUtf16(out.starts[t] as number), map.toUtf16(out.ends[t] as number)).word
  }
  if (!within) read(0, n)
  for (const r of within ?? []) read(firstEndingAfter(out.ends, r.start), Math.min(n, firstEndingAfter(out.ends, r.end - 1) + 1))
  return out
}

/** The first token whose end is after `offset` (binary search over ascending ends). */
export function firstEndingAfter(ends: Int32Array, offset: number): number {
  return lowerBound(ends.length, (i) => (ends[i] as number) <= offset)
}

/** 1 for each token that overlaps a furniture range. */
export function furnitureMask(starts: Int32Array, ends: Int32Array, ranges: readonly CodePointRange[]): Uint8Array {
  const out = new Uint8Array(starts.length)
  for (const [a, b] of ranges) {
    for (let t = firstEndingAfter(ends, a); t < starts.length && (starts[t] as number) < b; t++) out[t] = 1
  }
  return out
}

/** The token range [first, last] exactly covering [start, end), or null when the span is not on token boundaries. */
export function tokenRange(starts: Int32Array, ends: Int32Array, start: number, end: number): [number, number] | null {
  const first = firstEndingAfter(ends, start)
  if (first >= starts.length || starts[first] !== start) return null
  const last = firstEndingAfter(ends, end - 1)
  if (last >= ends.length || ends[last] !== end) return null
  return [first, last]
}
