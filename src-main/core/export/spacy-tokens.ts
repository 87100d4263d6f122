/**
 * Tokens as spaCy (and Prodigy, which uses spaCy) hold them: every character of
 * the text belongs to a token or is the single space after one. spaCy rebuilds
 * the text from words and spaces (`get_words_and_spaces`): one " " after a word
 * is that word's trailing space; any other whitespace is a token of its own.
 */
import type { OffsetMap } from '../offsets'
import type { Range } from '../tokens'

export interface SpacyToken {
  start: number
  end: number
  /** Followed by one space that belongs to it (spaCy's `whitespace_`). */
  ws: boolean
}

export function spacyTokens(map: OffsetMap, words: readonly Range[]): SpacyToken[] {
  const out: SpacyToken[] = []
  let at = 0
  const gapTo = (next: number): void => {
    if (next <= at) return
    const last = out[out.length - 1]
    if (last && map.slice(at, at + 1) === ' ') {
      last.ws = true
      at++
    }
    if (next > at) out.push({ start: at, end: next, ws: false })
    at = next
  }
  for (const [s, e] of words) {
    gapTo(s)
    out.push({ start: s, end: e, ws: false })
    at = e
  }
  gapTo(map.length)
  return out
}
