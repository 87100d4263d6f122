/**
 * Per-token features of one document, computed once and shared by every label's
 * model: hashed integer ids into a table of 2^FEATURE_BITS rows, stored flat
 * (token t's ids are ids[offsets[t]..offsets[t+1])).
 */
import { createOffsetMap } from '../offsets'
import { hashString, mix } from './hashing'
import { tokenShape } from './token-shape'
import { ruleHitMarks } from './rule-hit-marks'
import { furnitureMask } from './token-index'
import type { CodePointRange, RuleHit, SuggestDocument } from './types'

export const FEATURE_BITS = 18
export const FEATURE_COUNT = 1 << FEATURE_BITS
const MASK = FEATURE_COUNT - 1
const WINDOW = 3
const SENTENCE_END = new Set(['.', '!', '?', '…'])

export interface DocFeatures {
  /** Number of tokens. */
  n: number
  offsets: Int32Array
  ids: Int32Array
  /** Token index where each segment (line or sentence) starts, then n. */
  segments: Int32Array
  /** Code point [start, end) of each token, flat: starts[t], ends[t]. */
  starts: Int32Array
  ends: Int32Array
  /** The token texts, as the span memory matches them. */
  words: string[]
}

// Template ids: each feature is mix(template, value).
const T = { bias: 1, word: 2, shape: 3, short: 4, prefix: 10, suffix: 20, win: 30, winShape: 40, bi: 50, line: 60, furniture: 61, position: 62, lineShape: 63 }

export function extractFeatures(
  doc: SuggestDocument,
  hits: readonly RuleHit[] = [],
  furniture: readonly CodePointRange[] = [],
): DocFeatures {
  const map = createOffsetMap(doc.text)
  const n = doc.tokens.length
  const starts = new Int32Array(n)
  const ends = new Int32Array(n)
  const words: string[] = new Array<string>(n)
  const lower = new Uint32Array(n)
  const shapes = new Uint32Array(n)
  const shorts = new Uint32Array(n)
  const lineStart = new Uint8Array(n + 1)
  const segStarts: number[] = []
  const infos: WordInfo[] = new Array<WordInfo>(n)
  let prevEnd16 = 0
  for (let t = 0; t < n; t++) {
    const [s, e] = doc.tokens[t] as readonly [number, number]
    starts[t] = s
    ends[t] = e
    const s16 = map.toUtf16(s)
    const e16 = map.toUtf16(e)
    const word = doc.text.slice(s16, e16)
    words[t] = word
    const info = wordInfo(word)
    infos[t] = info
    lower[t] = info.lower
    shapes[t] = info.shape
    shorts[t] = info.short
    lineStart[t] = t === 0 || hasLineFeed(doc.text, prevEnd16, s16) ? 1 : 0
    if (lineStart[t] === 1 || SENTENCE_END.has(words[t - 1] ?? '')) segStarts.push(t)
    prevEnd16 = e16
  }
  lineStart[n] = 1
  segStarts.push(n)

  const lineShapes = lineShapeOf(words, lineStart)
  const marks = ruleHitMarks(starts, ends, hits)
  const inFurniture = furnitureMask(starts, ends, furniture)
  let ids = new Int32Array(Math.max(64, n * 40))
  const offsets = new Int32Array(n + 1)
  let k = 0
  // Room for one token's features is made at the start of each token.
  const add = (template: number, value: number): void => {
    ids[k++] = mix(template, value) & MASK
  }
  for (let t = 0; t < n; t++) {
    offsets[t] = k
    const own = (infos[t] as WordInfo).ids
    if (k + own.length + 64 > ids.length) {
      const grown = new Int32Array(ids.length * 2)
      grown.set(ids)
      ids = grown
    }
    for (let j = 0; j < own.length; j++) ids[k++] = own[j] as number
    // Neighbour u seen from offset d: its precomputed feature, or "outside the text" at that offset.
    for (let d = -WINDOW; d <= WINDOW; d++) {
      if (d === 0) continue
      const u = t + d
      const slot = (d + WINDOW) * 2
      if (u >= 0 && u < n) {
        const win = (infos[u] as WordInfo).window
        ids[k++] = win[slot] as number
        ids[k++] = win[slot + 1] as number
      } else {
        add(T.win + d + WINDOW, d)
        add(T.winShape + d + WINDOW, d)
      }
    }
    add(T.bi, mix(t > 0 ? (lower[t - 1] as number) : 0, lower[t] as number))
    add(T.bi + 1, mix(lower[t] as number, t + 1 < n ? (lower[t + 1] as number) : 0))
    add(T.bi + 2, mix(t > 0 ? (shorts[t - 1] as number) : 0, shorts[t] as number))
    add(T.line, (lineStart[t] as number) * 2 + (lineStart[t + 1] as number))
    // Where in the page and in what kind of line: related-article teasers come late, in short unpunctuated lines.
    add(T.position, Math.floor((t * 8) / n))
    add(T.lineShape, lineShapes[t] as number)
    add(T.lineShape + 1, mix(lineShapes[t] as number, shorts[t] as number))
    if (inFurniture[t] === 1) add(T.furniture, 1)
    if (marks.size > 0) for (const f of marks.get(t) ?? []) add(f, 0)
  }
  offsets[n] = k
  return { n, offsets, ids: ids.slice(0, k), segments: Int32Array.from(segStarts), starts, ends, words }
}

function hasLineFeed(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true
  return false
}

interface WordInfo {
  lower: number
  shape: number
  short: number
  /** The features of the word alone: bias, word, shapes, affixes. */
  ids: Int32Array
  /** Its features as a neighbour at offset d (word, shape at (d + WINDOW) * 2); the slots of d = 0 are unused. */
  window: Int32Array
}

// Syllables repeat endlessly, so each distinct one is analysed once (bounded, so memory stays flat).
const WORDS = new Map<string, WordInfo>()
const MAX_WORDS = 200_000

function wordInfo(word: string): WordInfo {
  const known = WORDS.get(word)
  if (known) return known
  const lw = word.toLowerCase()
  const shape = tokenShape(word)
  const info: WordInfo = {
    lower: hashString(lw),
    shape: hashString(shape.long),
    short: hashString(shape.short),
    ids: new Int32Array(0),
    window: new Int32Array((2 * WINDOW + 1) * 2),
  }
  for (let d = -WINDOW; d <= WINDOW; d++) {
    info.window[(d + WINDOW) * 2] = mix(T.win + d + WINDOW, info.lower) & MASK
    info.window[(d + WINDOW) * 2 + 1] = mix(T.winShape + d + WINDOW, info.shape) & MASK
  }
  const ids = [mix(T.bias, 0), mix(T.word, info.lower), mix(T.shape, info.shape), mix(T.short, info.short)]
  // Affixes by code point, so an astral character is never cut in half.
  const cps = Array.from(lw)
  for (let a = 1; a <= 3 && a < cps.length; a++) {
    ids.push(mix(T.prefix + a, hashString(cps.slice(0, a).join(''))), mix(T.suffix + a, hashString(cps.slice(-a).join(''))))
  }
  info.ids = Int32Array.from(ids, (x) => x & MASK)
  if (WORDS.size >= MAX_WORDS) WORDS.clear()
  WORDS.set(word, info)
  return info
}

/** Per token, its line's length bucket (in tokens) and whether the line ends like a sentence. */
function lineShapeOf(words: readonly string[], lineStart: Uint8Array): Uint8Array {
  const out = new Uint8Array(words.length)
  let from = 0
  for (let t = 1; t <= words.length; t++) {
    if (lineStart[t] !== 1) continue
    const len = t - from
    const bucket = len <= 5 ? 0 : len <= 15 ? 1 : len <= 40 ? 2 : 3
    const sentence = SENTENCE_END.has(words[t - 1] ?? '') ? 4 : 0
    out.fill(bucket + sentence, from, t)
    from = t
  }
  return out
}
