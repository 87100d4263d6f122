/**
 * The only place that converts between UTF-16 code units (JavaScript strings,
 * DOM Ranges, Intl.Segmenter) and Unicode code points (every offset on disk and
 * in every export, as Python's `text[start:end]` counts).
 */

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return n
}

/**
 * A precomputed map for one text. Conversions are O(log k) where k is the number
 * of astral characters; for text without any (most Vietnamese news), they are O(1).
 */
export interface OffsetMap {
  readonly text: string
  /** Length of the text in code points. */
  readonly length: number
  /** UTF-16 index → code point index. Throws inside a surrogate pair or out of range. */
  toCodePoint(utf16: number): number
  /** Code point index → UTF-16 index. Throws out of range. */
  toUtf16(codePoint: number): number
  /** `text[start:end]` with code point offsets, as Python slices it. */
  slice(start: number, end: number): string
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/

export function createOffsetMap(text: string): OffsetMap {
  // UTF-16 indices of the high surrogate of every astral character, ascending.
  const astral: number[] = []
  // The regex engine finds the first high surrogate: a text without any (most news) is not
  // walked unit by unit in script, which took ~8 ms of a 1 MB document's first paint (cold code).
  for (let i = text.search(HIGH_SURROGATE); i >= 0 && i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(i)
        i++
      }
    }
  }
  const length = text.length - astral.length

  // Count of astral chars whose high surrogate index is < utf16.
  const astralBeforeUtf16 = (utf16: number): number => {
    let lo = 0
    let hi = astral.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((astral[mid] as number) < utf16) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  // Count of astral chars whose code point index is < codePoint.
  // The k-th astral char (0-based) sits at code point astral[k] - k.
  const astralBeforeCodePoint = (codePoint: number): number => {
    let lo = 0
    let hi = astral.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((astral[mid] as number) - mid < codePoint) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  const toCodePoint = (utf16: number): number => {
    if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > text.length) {
      throw new RangeError(`UTF-16 offset ${utf16} is outside the text (0..${text.length})`)
    }
    const k = astralBeforeUtf16(utf16)
    if (k > 0 && (astral[k - 1] as number) + 1 === utf16) {
      throw new RangeError(`UTF-16 offset ${utf16} falls inside a surrogate pair`)
    }
    return utf16 - k
  }
  const toUtf16 = (codePoint: number): number => {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > length) {
      throw new RangeError(`code point offset ${codePoint} is outside the text (0..${length})`)
    }
    return codePoint + astralBeforeCodePoint(codePoint)
  }
  return {
    text,
    length,
    toCodePoint,
    toUtf16,
    slice: (start, end) => text.slice(toUtf16(start), toUtf16(end)),
  }
}
