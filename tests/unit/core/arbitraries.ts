/**
 * Shared fast-check generators for the core tests: realistic mixtures of
 * Vietnamese (NFC and NFD), astral characters, emoji sequences and whitespace.
 */
import fc from 'fast-check'

/** Python's view of a string: one element per code point. */
export const codePoints = (text: string): string[] => Array.from(text)
export const pySlice = (text: string, start: number, end: number): string =>
  Array.from(text).slice(start, end).join('')

export const VIETNAMESE_WORDS = [
  'Nhật', 'Bản', 'cam', 'kết', 'hỗ', 'trợ', 'tỷ', 'đồng', 'năm', 'Việt', 'Nam',
  'Thỏa', 'thuận', 'nghìn', 'người', 'đào', 'tạo', 'nguồn', 'nhân', 'lực',
] as const
/** Decomposed (NFD) Vietnamese: base letters followed by combining marks. */
export const NFD_WORDS = ['Vie\u0323\u0302t', 'Nha\u0323\u0302t', 'ho\u0302\u0303', 'đo\u0302\u0300ng'] as const
export const NUMBERS = ['1.500', '2050', '3,5', '520', '05'] as const
export const PUNCTUATION = [',', '.', ':', '(', ')', '-', '%', '\u201c', '\u201d', '\u2026', '/'] as const
/** Each is one grapheme cluster made of several code points, or one astral code point. */
export const EMOJI_AND_ASTRAL = [
  '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}', // 👩‍👩‍👧: 5 code points, 8 UTF-16 units
  '\u{1F44D}\u{1F3FD}', // 👍🏽: 2 code points
  '\u{1F1FB}\u{1F1F3}', // 🇻🇳
  '\u2764\uFE0F', // ❤️
  '\u{2000B}', // 𠀋
  '\u{210C1}', // 𡃁
  '\u{1F600}',
] as const
export const WHITESPACE = [' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\u00A0', '\u3000'] as const

/**
 * A chunk never starts with a combining mark, ZWJ or other extender, so chunks
 * cannot glue whitespace into a grapheme; see the "degenerate input" tests for
 * what happens when they do.
 */
export const wordChunk = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VIETNAMESE_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...NFD_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI_AND_ASTRAL) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }).filter((s) => /^\S+$/.test(s)) },
)
export const spaceChunk = fc.constantFrom(...WHITESPACE)

/** Text as an analyst would see it, LF line ends only. */
export const realisticText = fc
  .array(fc.oneof({ weight: 3, arbitrary: wordChunk }, { weight: 2, arbitrary: spaceChunk }), { maxLength: 30 })
  .map((parts) => parts.join(''))

/** Like realisticText, but also with CR, CRLF and a leading BOM. */
export const importableText = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: wordChunk },
        { weight: 2, arbitrary: spaceChunk },
        { weight: 1, arbitrary: fc.constantFrom('\r\n', '\r', '\r\r\n', '\uFEFF') },
      ),
      { maxLength: 30 },
    ),
  )
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.join(''))

/** Any UTF-16 string, including lone surrogates. */
export const anyUtf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
})

/** Arbitrary code points (astral included) mixed with the tricky chunks above. */
export const anyUnicode = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
      wordChunk,
      spaceChunk,
      fc.constantFrom('\r\n', '\u0301', '\u200D', '\uFE0F'),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''))
