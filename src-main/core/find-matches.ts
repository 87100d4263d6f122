/**
 * Find in a document: plain text or a regular expression, whole words or not,
 * case-sensitive or not. Matches come back as code point offsets, in text order.
 */
import type { OffsetMap } from './offsets'

export interface FindOptions {
  query: string
  regex: boolean
  wholeWord: boolean
  matchCase: boolean
}

export type FindResult =
  | { ok: true; matches: Array<[number, number]>; /** More matches than the limit: only the first ones are listed. */ truncated: boolean }
  | { ok: false; error: string }

/** Letters, marks, digits and "_": a Vietnamese word is made of these (JavaScript's \b knows only ASCII). */
const WORD = '[\\p{L}\\p{M}\\p{N}_]'

export function findPattern(options: FindOptions): RegExp | string {
  const query = options.query.normalize('NFC')
  const source = options.regex ? query : query.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const wrapped = options.wholeWord ? `(?<!${WORD})(?:${source})(?!${WORD})` : source
  try {
    return new RegExp(wrapped, options.matchCase ? 'gu' : 'giu')
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

export function findMatches(map: OffsetMap, options: FindOptions, limit = 10_000): FindResult {
  if (options.query === '') return { ok: true, matches: [], truncated: false }
  const pattern = findPattern(options)
  if (typeof pattern === 'string') return { ok: false, error: pattern }
  const matches: Array<[number, number]> = []
  for (const m of map.text.matchAll(pattern)) {
    if (m[0] === '') continue // "a*" matches nothing everywhere; such matches are no hits
    if (matches.length === limit) return { ok: true, matches, truncated: true }
    matches.push([map.toCodePoint(m.index), map.toCodePoint(m.index + m[0].length)])
  }
  return { ok: true, matches, truncated: false }
}
