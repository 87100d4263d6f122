/**
 * Tokens for token-based formats. The stored tokens (computed once at import)
 * are cut wherever a span starts or ends inside one, so every span is a whole
 * run of tokens: nothing is re-segmented, and no span is lost to tokenization.
 */
import type { Range } from '../tokens'
import { lowerBound } from '../lower-bound'

export function tokensForSpans(tokens: readonly Range[], spans: readonly { start: number; end: number }[]): Range[] {
  if (spans.length === 0) return tokens.map(([s, e]) => [s, e])
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b)
  const out: Range[] = []
  let k = 0
  for (const [s, e] of tokens) {
    while (k < cuts.length && (cuts[k] as number) <= s) k++
    let from = s
    for (let j = k; j < cuts.length && (cuts[j] as number) < e; j++) {
      out.push([from, cuts[j] as number])
      from = cuts[j] as number
    }
    out.push([from, e])
  }
  return out
}

/** The run of tokens [first, last] that is exactly [start, end), or null when no run is. */
export function tokenRun(tokens: readonly Range[], start: number, end: number): [number, number] | null {
  const first = firstStartingFrom(tokens, start)
  if (first >= tokens.length || (tokens[first] as Range)[0] !== start) return null
  let last = first
  while (last < tokens.length && (tokens[last] as Range)[1] < end) last++
  if (last >= tokens.length || (tokens[last] as Range)[1] !== end) return null
  return [first, last]
}

/** Index of the first token that starts at or after `offset`. */
function firstStartingFrom(tokens: readonly Range[], offset: number): number {
  return lowerBound(tokens.length, (i) => (tokens[i] as Range)[0] < offset)
}
