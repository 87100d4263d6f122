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
import { WordCache } from './word-cache'
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
  /** At least offsets[n] ids (a reused buffer can be longer). */
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

// Features that take one of a few values, hashed once.
const hashed = (template: number, values: number): Int32Array => Int32Array.from({ length: values }, (_, v) => mix(template, v) & MASK)
const LINE = hashed(T.line, 4)
const POSITION = hashed(T.position, 8)
const LINE_SHAPE = hashed(T.lineShape, 8)
const FURNITURE = mix(T.furniture, 1) & MASK
/** Outside the text at offset d: word and shape, at (d + WINDOW) * 2. */
const OUTSIDE = Int32Array.from({ length: (2 * WINDOW + 1) * 2 }, (_, i) => {
  const d = (i >> 1) - WINDOW
  return mix((i & 1 ? T.winShape : T.win) + d + WINDOW, d) & MASK
})
/** Features every token has besides its own: the window, three bigrams, line, position and two of line shape. */
const SHARED = 2 * 2 * WINDOW + 7

export function extractFeatures(
  doc: SuggestDocument,
  hits: readonly RuleHit[] = [],
  furniture: readonly CodePointRange[] = [],
  /** A document's features no longer needed, whose id buffer is written over when large enough. */
  recycled: DocFeatures | null = null,
): DocFeatures {
  const map = createOffsetMap(doc.text)
  const text = doc.text
  const n = doc.tokens.length
  const starts = new Int32Array(n)
  const ends = new Int32Array(n)
  const words: string[] = new Array<string>(n)
  const lineStart = new Uint8Array(n + 1)
  const segStarts: number[] = []
  const infos: WordInfo[] = new Array<WordInfo>(n)
  let prevEnd16 = 0
  for (let t = 0; t < n; t++) {
    const token = doc.tokens[t] as readonly [number, number]
    const s = token[0]
    const e = token[1]
    starts[t] = s
    ends[t] = e
    const s16 = map.toUtf16(s)
    const e16 = map.toUtf16(e)
    const info = WORDS.at(text, s16, e16)
    infos[t] = info
    words[t] = info.word
    lineStart[t] = t === 0 || hasLineFeed(text, prevEnd16, s16) ? 1 : 0
    if (lineStart[t] === 1 || (t > 0 && (infos[t - 1] as WordInfo).endsSentence)) segStarts.push(t)
    prevEnd16 = e16
  }
  lineStart[n] = 1
  segStarts.push(n)

  const lineShapes = lineShapeOf(infos, lineStart)
  const marks = ruleHitMarks(starts, ends, hits)
  const inFurniture = furnitureMask(starts, ends, furniture)
  let size = 0
  for (let t = 0; t < n; t++) size += (infos[t] as WordInfo).ids.length + SHARED + (inFurniture[t] as number)
  for (const list of marks) size += list?.length ?? 0
  // Fresh memory is costly to touch (a 10 kB article has ~50,000 ids), so a training pass reuses one buffer.
  const ids = recycled && recycled.ids.length >= size ? recycled.ids : new Int32Array(recycled ? size + (size >> 2) : size)
  const offsets = new Int32Array(n + 1)
  let k = 0
  for (let t = 0; t < n; t++) {
    offsets[t] = k
    const info = infos[t] as WordInfo
    // A loop, not ids.set: the copies are a dozen ids, less than the call costs.
    for (let j = 0; j < info.ids.length; j++) ids[k++] = info.ids[j] as number
    // Neighbour u seen from offset d: its precomputed feature, or "outside the text" at that offset.
    for (let d = -WINDOW; d <= WINDOW; d++) {
      if (d === 0) continue
      const u = t + d
      const slot = (d + WINDOW) * 2
      const win = u >= 0 && u < n ? (infos[u] as WordInfo).window : OUTSIDE
      ids[k++] = win[slot] as number
      ids[k++] = win[slot + 1] as number
    }
    const prev = t > 0 ? (infos[t - 1] as WordInfo) : null
    const next = t + 1 < n ? (infos[t + 1] as WordInfo) : null
    ids[k++] = mix(T.bi, mix(prev ? prev.lower : 0, info.lower)) & MASK
    ids[k++] = mix(T.bi + 1, mix(info.lower, next ? next.lower : 0)) & MASK
    ids[k++] = mix(T.bi + 2, mix(prev ? prev.short : 0, info.short)) & MASK
    ids[k++] = LINE[(lineStart[t] as number) * 2 + (lineStart[t + 1] as number)] as number
    // Where in the page and in what kind of line: related-article teasers come late, in short unpunctuated lines.
    ids[k++] = POSITION[Math.floor((t * 8) / n)] as number
    const lineShape = lineShapes[t] as number
    ids[k++] = LINE_SHAPE[lineShape] as number
    ids[k++] = mix(T.lineShape + 1, mix(lineShape, info.short)) & MASK
    if (inFurniture[t] === 1) ids[k++] = FURNITURE
    const own = marks[t]
    if (own) for (const f of own) ids[k++] = mix(f, 0) & MASK
  }
  offsets[n] = k
  return { n, offsets, ids, segments: Int32Array.from(segStarts), starts, ends, words }
}

function hasLineFeed(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true
  return false
}

interface WordInfo {
  word: string
  lower: number
  shape: number
  short: number
  endsSentence: boolean
  /** The features of the word alone: bias, word, shapes, affixes. */
  ids: Int32Array
  /** Its features as a neighbour at offset d (word, shape at (d + WINDOW) * 2); the slots of d = 0 are unused. */
  window: Int32Array
}

// Syllables repeat endlessly, so each distinct one is analysed once.
const WORDS = new WordCache(wordInfo)

function wordInfo(word: string): WordInfo {
  const lw = word.toLowerCase()
  const shape = tokenShape(word)
  const info: WordInfo = {
    word,
    lower: hashString(lw),
    shape: hashString(shape.long),
    short: hashString(shape.short),
    endsSentence: SENTENCE_END.has(word),
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
  return info
}

/** Per token, its line's length bucket (in tokens) and whether the line ends like a sentence. */
function lineShapeOf(infos: readonly WordInfo[], lineStart: Uint8Array): Uint8Array {
  const out = new Uint8Array(infos.length)
  let from = 0
  for (let t = 1; t <= infos.length; t++) {
    if (lineStart[t] !== 1) continue
    const len = t - from
    const bucket = len <= 5 ? 0 : len <= 15 ? 1 : len <= 40 ? 2 : 3
    const sentence = infos[t - 1]?.endsSentence ? 4 : 0
    out.fill(bucket + sentence, from, t)
    from = t
  }
  return out
}
