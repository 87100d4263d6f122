/**
 * Places where word and grapheme segmentation (UAX #29, and ICU's dictionary
 * breaking) always break, whatever text surrounds them: after a line feed, and
 * between a space, tab or CJK sentence mark and a letter or digit (no rule joins
 * those two, and none looks across them). Not after any \s: U+FEFF is one, and
 * word rules see through it. Long text is segmented piece by piece between such
 * places: V8's segmenter slows down with the length of the string it is given
 * (a 100 kB line took 10 s, 400 kB over 2 minutes).
 */
import { isGraphemeBoundary } from './grapheme-edge'

const BEFORE = new Set([' ', '\t', '。', '！', '？', '，', '、', '；', '：'])
const AFTER = /^[\p{L}\p{N}]/u

/** True when the text always breaks at UTF-16 index `i` (0 < i < length). */
export function breaksAt(text: string, i: number): boolean {
  const before = text[i - 1] as string
  return before === '\n' || (BEFORE.has(before) && AFTER.test(text.slice(i, i + 2)))
}

/** Pieces this long or shorter are segmented whole. */
export const PIECE = 2000

/**
 * [from, to) pieces of text[from, to) of at most PIECE units, in order, each cut
 * at the last safe break before the limit. A run with none (a base64 image, a
 * long URL) is cut at the last grapheme boundary before the limit instead, so
 * its tokens are at most PIECE units long: segmenting it whole took minutes.
 */
export function* safePieces(text: string, from: number, to: number): Generator<[number, number]> {
  let start = from
  while (to - start > PIECE) {
    let cut = start + PIECE
    while (cut > start + 1 && !breaksAt(text, cut)) cut--
    if (cut <= start + 1) cut = graphemeCut(text, start + PIECE, start + PIECE / 2)
    yield [start, cut]
    start = cut
  }
  yield [start, to]
}

/** The last grapheme boundary at or before `at` and after `floor`; else `at`, moved off a surrogate pair. */
function graphemeCut(text: string, at: number, floor: number): number {
  for (let cut = at; cut > floor; cut--) if (isGraphemeBoundary(text, cut)) return cut
  const low = text.charCodeAt(at)
  return low >= 0xdc00 && low <= 0xdfff ? at - 1 : at
}
