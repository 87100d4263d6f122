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
  let prevEnd16 = 0
  for (let t = 0; t < n; t++) {
    const [s, e] = doc.tokens[t] as readonly [number, number]
    starts[t] = s
    ends[t] = e
    const s16 = map.toUtf16(s)
    const e16 = map.toUtf16(e)
    const word = doc.text.slice(s16, e16)
    words[t] = word
    lower[t] = hashString(word.toLowerCase())
    const shape = tokenShape(word)
    shapes[t] = hashString(shape.long)
    shorts[t] = hashString(shape.short)
    lineStart[t] = t === 0 || doc.text.slice(prevEnd16, s16).includes('\n') ? 1 : 0
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
  const add = (template: number, value: number): void => {
    if (k === ids.length) {
      const grown = new Int32Array(ids.length * 2)
      grown.set(ids)
      ids = grown
    }
    ids[k++] = mix(template, value) & MASK
  }
  for (let t = 0; t < n; t++) {
    offsets[t] = k
    const w = words[t] as string
    const lw = w.toLowerCase()
    add(T.bias, 0)
    add(T.word, lower[t] as number)
    add(T.shape, shapes[t] as number)
    add(T.short, shorts[t] as number)
    // Affixes by code point, so an astral character is never cut in half.
    const cps = Array.from(lw)
    for (let a = 1; a <= 3 && a < cps.length; a++) {
      add(T.prefix + a, hashString(cps.slice(0, a).join('')))
      add(T.suffix + a, hashString(cps.slice(-a).join('')))
    }
    for (let d = -WINDOW; d <= WINDOW; d++) {
      if (d === 0) continue
      const u = t + d
      const inside = u >= 0 && u < n
      add(T.win + d + WINDOW, inside ? (lower[u] as number) : d)
      add(T.winShape + d + WINDOW, inside ? (shapes[u] as number) : d)
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
    for (const f of marks.get(t) ?? []) add(f, 0)
  }
  offsets[n] = k
  return { n, offsets, ids: ids.slice(0, k), segments: Int32Array.from(segStarts), starts, ends, words }
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
