/**
 * Token-by-token steps through a document for the keyboard caret and boundary
 * moves. Tokens are FORMAT.md's (core/tokens.ts), found one line at a time (word
 * breaks never cross a line feed) and kept, since the text never changes.
 */
import type { OffsetMap } from '../../src-main/core/offsets'
import { tokenize, type Range } from '../../src-main/core/tokens'
import { caretWords } from '../../src-main/core/caret-words'

export type Token = Readonly<Range>

export interface TokenIndex {
  /** The token holding code point `at`, or null (whitespace, or past the end). */
  at(at: number): Token | null
  /** The first token starting at or after `at`. */
  after(at: number): Token | null
  /** The last token ending at or before `at`. */
  before(at: number): Token | null
  /** The largest token start below `x`; the smallest above it; the same for ends. */
  startBefore(x: number): number | null
  startAfter(x: number): number | null
  endBefore(x: number): number | null
  endAfter(x: number): number | null
  /** The caret's words (core/caret-words.ts: a date is one, punctuation is none): the one holding `at`, the first at or after, the last before. */
  wordAt(at: number): Token | null
  wordAfter(at: number): Token | null
  wordBefore(at: number): Token | null
}

export function createTokenIndex(map: OffsetMap): TokenIndex {
  const text = map.text
  const lines = new Map<number, Token[]>()
  /** [start, end) in UTF-16 of the line holding UTF-16 offset u. */
  const lineAt = (u: number): [number, number] => {
    const from = u === 0 ? 0 : text.lastIndexOf('\n', u - 1) + 1 // lastIndexOf(_, -1) looks at index 0
    const nl = text.indexOf('\n', u)
    return [from, nl < 0 ? text.length : nl]
  }
  const tokensOf = (from: number, to: number): Token[] => {
    let found = lines.get(from)
    if (!found) {
      const base = map.toCodePoint(from)
      found = tokenize(text.slice(from, to)).map(([s, e]) => [s + base, e + base] as const)
      lines.set(from, found)
    }
    return found
  }
  const words = new Map<number, Token[]>()
  const wordsOf = (from: number, to: number): Token[] => {
    let found = words.get(from)
    if (!found) {
      found = caretWords(tokensOf(from, to), ([s, e]) => map.slice(s, e))
      words.set(from, found)
    }
    return found
  }
  const utf16 = (cp: number): number => map.toUtf16(Math.max(0, Math.min(cp, map.length)))

  const index: TokenIndex = {
    at(cp) {
      if (cp < 0 || cp >= map.length) return null
      const [from, to] = lineAt(utf16(cp))
      return tokensOf(from, to).find(([s, e]) => s <= cp && cp < e) ?? null
    },
    after(cp) {
      for (let [from, to] = lineAt(utf16(cp)); from <= text.length; [from, to] = lineAt(to + 1)) {
        const hit = tokensOf(from, to).find(([s]) => s >= cp)
        if (hit) return hit
        if (to >= text.length) break
      }
      return null
    },
    before(cp) {
      for (let [from, to] = lineAt(utf16(cp)); ; [from, to] = lineAt(from - 1)) {
        const line = tokensOf(from, to)
        for (let i = line.length - 1; i >= 0; i--) if ((line[i] as Token)[1] <= cp) return line[i] as Token
        if (from === 0) return null
      }
    },
    wordAt(cp) {
      if (cp < 0 || cp >= map.length) return null
      const [from, to] = lineAt(utf16(cp))
      return wordsOf(from, to).find(([s, e]) => s <= cp && cp < e) ?? null
    },
    wordAfter(cp) {
      for (let [from, to] = lineAt(utf16(cp)); from <= text.length; [from, to] = lineAt(to + 1)) {
        const hit = wordsOf(from, to).find(([s]) => s >= cp)
        if (hit) return hit
        if (to >= text.length) break
      }
      return null
    },
    wordBefore(cp) {
      for (let [from, to] = lineAt(utf16(cp)); ; [from, to] = lineAt(from - 1)) {
        const line = wordsOf(from, to)
        for (let i = line.length - 1; i >= 0; i--) if ((line[i] as Token)[1] <= cp) return line[i] as Token
        if (from === 0) return null
      }
    },
    startBefore: (x) => index.at(x - 1)?.[0] ?? index.before(x)?.[0] ?? null,
    startAfter: (x) => index.after(x + 1)?.[0] ?? null,
    endBefore: (x) => index.before(x - 1)?.[1] ?? null,
    endAfter: (x) => index.at(x)?.[1] ?? index.after(x)?.[1] ?? null,
  }
  return index
}
