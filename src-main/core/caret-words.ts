/**
 * Where the keyboard caret stops, word by word: the text's tokens (tokens.ts), but a
 * number written with separators ("23/01/2025", "27-30", "1.500", "47,6") is one word,
 * and punctuation marks are stepped over, not stopped at. Offsets are code points.
 */
import { createOffsetMap, type OffsetMap } from './offsets'
import { tokenize, type Range } from './tokens'

const DIGITS = /^\p{Nd}+(?:[.,]\p{Nd}+)*$/u
/** What joins two runs of digits into one number: a date's slash, a range's dash, a time's colon, grouping. */
const JOINER = /^[/.,:\-–]$/u
/** Punctuation only: no stop of its own. Symbols (%, emoji, currency) stay words. */
const PUNCTUATION = /^\p{P}+$/u

/** The caret's words among `tokens` (ascending), reading each token's text with `textOf`. */
export function caretWords(tokens: readonly Readonly<Range>[], textOf: (range: Readonly<Range>) => string): Range[] {
  const out: Range[] = []
  const texts = tokens.map(textOf)
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Readonly<Range>
    const text = texts[i] as string
    if (PUNCTUATION.test(text)) continue
    let end = token[1]
    // digits (joiner digits)*, with nothing between them
    if (DIGITS.test(text)) {
      while (i + 2 < tokens.length) {
        const joiner = tokens[i + 1] as Readonly<Range>
        const next = tokens[i + 2] as Readonly<Range>
        if (joiner[0] !== end || next[0] !== joiner[1] || !JOINER.test(texts[i + 1] as string) || !DIGITS.test(texts[i + 2] as string)) break
        end = next[1]
        i += 2
      }
    }
    out.push([token[0], end])
  }
  return out
}

/** The caret's words of a whole text. */
export function caretWordsOf(text: string, map: OffsetMap = createOffsetMap(text)): Range[] {
  return caretWords(tokenize(text, map), ([start, end]) => map.slice(start, end))
}
