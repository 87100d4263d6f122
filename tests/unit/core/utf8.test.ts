import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeUtf8, firstInvalidUtf8 } from '../../../src-main/core/utf8'
import { anyUnicode, realisticText } from './arbitraries'

const RUNS = { numRuns: 400 }
const encoder = new TextEncoder()
const bytes = (...xs: number[]): Uint8Array => Uint8Array.from(xs)
const utf8 = (s: string): Uint8Array => encoder.encode(s)
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** The WHATWG decoder's verdict, the reference we must agree with. */
function isValidUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b)
    return true
  } catch {
    return false
  }
}

/** Well-formed UTF-8 with a few random corruptions: inserted, replaced and cut bytes. */
const corruptedUtf8 = fc
  .tuple(
    fc.oneof(anyUnicode, realisticText).map(utf8),
    fc.array(fc.tuple(fc.constantFrom('insert', 'replace', 'truncate'), fc.nat(), fc.integer({ min: 0, max: 255 })), {
      maxLength: 3,
    }),
  )
  .map(([clean, edits]) => {
    let b = Array.from(clean)
    for (const [kind, pos, value] of edits) {
      const at = b.length === 0 ? 0 : pos % (b.length + 1)
      if (kind === 'insert') b.splice(at, 0, value)
      else if (kind === 'replace' && at < b.length) b[at] = value
      else if (kind === 'truncate') b = b.slice(0, at)
    }
    return Uint8Array.from(b)
  })

const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 24 }), corruptedUtf8, fc.oneof(anyUnicode, realisticText).map(utf8))

describe('firstInvalidUtf8', () => {
  it('returns -1 exactly when TextDecoder in fatal mode accepts the bytes', () => {
    fc.assert(
      fc.property(anyBytes, (b) => {
        expect(firstInvalidUtf8(b) === -1).toBe(isValidUtf8(b))
      }),
      { numRuns: 500 },
    )
  })

  it('returns -1 for the UTF-8 encoding of any well-formed string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(firstInvalidUtf8(utf8(s))).toBe(-1)
      }),
      RUNS,
    )
  })

  it('reports the offset where the bytes stop being UTF-8: everything before it decodes, and no character starts there', () => {
    fc.assert(
      fc.property(anyBytes, (b) => {
        const off = firstInvalidUtf8(b)
        fc.pre(off >= 0)
        expect(off).toBeLessThan(b.length)
        expect(isValidUtf8(b.subarray(0, off))).toBe(true)
        // UTF-8 is prefix-free, so these two facts pin the offset down uniquely.
        for (let len = 1; len <= 4 && off + len <= b.length; len++) {
          expect(isValidUtf8(b.subarray(off, off + len))).toBe(false)
        }
      }),
      RUNS,
    )
  })

  it('counts the offset in bytes, not characters, after multi-byte Vietnamese and emoji', () => {
    const prefix = utf8('Việt \u{1F44D}') // V i ệ(3) t space 👍(4) = 11 bytes
    expect(prefix.length).toBe(11)
    expect(firstInvalidUtf8(concat(prefix, bytes(0xff)))).toBe(11)
  })

  it.each([
    ['a stray continuation byte 0x80', [0x80]],
    ['a stray continuation byte 0xBF', [0xbf]],
    ['an overlong 2-byte encoding C0 80', [0xc0, 0x80]],
    ['an overlong 2-byte encoding C1 BF', [0xc1, 0xbf]],
    ['an overlong 3-byte encoding E0 80 80', [0xe0, 0x80, 0x80]],
    ['an overlong 3-byte encoding E0 9F BF', [0xe0, 0x9f, 0xbf]],
    ['an overlong 4-byte encoding F0 8F BF BF', [0xf0, 0x8f, 0xbf, 0xbf]],
    ['an encoded high surrogate ED A0 80', [0xed, 0xa0, 0x80]],
    ['an encoded low surrogate ED BF BF', [0xed, 0xbf, 0xbf]],
    ['a code point above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80]],
    ['the lead byte F5', [0xf5, 0x80, 0x80, 0x80]],
    ['the byte FE', [0xfe]],
    ['the byte FF', [0xff]],
    ['a 2-byte sequence cut at the end (C3)', [0xc3]],
    ['a 3-byte sequence cut at the end (E1 BB)', [0xe1, 0xbb]],
    ['a 4-byte sequence cut at the end (F0 9F 98)', [0xf0, 0x9f, 0x98]],
    ['a 2-byte lead followed by ASCII', [0xc3, 0x41]],
    ['a 3-byte sequence whose third byte is ASCII', [0xe1, 0xbb, 0x41]],
    ['a 4-byte sequence whose fourth byte is a new lead', [0xf0, 0x9f, 0x98, 0xc3, 0xa0]],
  ])('reports the first byte of %s after "ab" as offset 2', (_name, bad) => {
    const input = concat(utf8('ab'), bytes(...bad), utf8('cd'))
    expect(firstInvalidUtf8(input)).toBe(2)
    expect(isValidUtf8(input)).toBe(false)
  })

  it.each([
    ['U+0080 (C2 80)', [0xc2, 0x80]],
    ['U+07FF (DF BF)', [0xdf, 0xbf]],
    ['U+0800 (E0 A0 80)', [0xe0, 0xa0, 0x80]],
    ['U+D7FF (ED 9F BF)', [0xed, 0x9f, 0xbf]],
    ['U+E000 (EE 80 80)', [0xee, 0x80, 0x80]],
    ['U+FFFF (EF BF BF)', [0xef, 0xbf, 0xbf]],
    ['U+10000 (F0 90 80 80)', [0xf0, 0x90, 0x80, 0x80]],
    ['U+10FFFF (F4 8F BF BF)', [0xf4, 0x8f, 0xbf, 0xbf]],
    ['a BOM (EF BB BF)', [0xef, 0xbb, 0xbf]],
  ])('accepts the boundary encoding of %s', (_name, ok) => {
    expect(firstInvalidUtf8(bytes(...ok))).toBe(-1)
  })

  it('accepts the empty input', () => {
    expect(firstInvalidUtf8(new Uint8Array())).toBe(-1)
  })
})

describe('decodeUtf8', () => {
  it('decodes any well-formed string without NUL back to itself, BOM included', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnicode, realisticText), fc.boolean(), (s0, bom) => {
        const s = (bom ? '\uFEFF' : '') + s0.replaceAll('\0', '')
        expect(decodeUtf8(utf8(s))).toEqual({ ok: true, text: s })
      }),
      RUNS,
    )
  })

  it('agrees with TextDecoder on random bytes and never returns text for ill-formed input', () => {
    fc.assert(
      fc.property(anyBytes, (b) => {
        const r = decodeUtf8(b)
        const faults = [firstInvalidUtf8(b), b.indexOf(0)].filter((x) => x >= 0)
        expect(firstInvalidUtf8(b) >= 0).toBe(!isValidUtf8(b))
        if (faults.length > 0) {
          // The first fault in the file is the one reported, whichever kind it is.
          expect(r).toMatchObject({ ok: false, byteOffset: Math.min(...faults) })
        } else {
          expect(r).toEqual({ ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(b) })
        }
      }),
      RUNS,
    )
  })

  it('keeps a leading BOM in the decoded text, for normalizeText to record and strip', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: '\uFEFFa' })
  })

  it('names the offending byte in hex in the reason', () => {
    const r = decodeUtf8(concat(utf8('xin chào'), bytes(0xff)))
    expect(r).toEqual({ ok: false, byteOffset: 9, reason: 'invalid UTF-8 sequence starting with byte 0xff' })
  })

  it('refuses a NUL byte as binary, at its byte offset, although NUL is valid UTF-8', () => {
    const b = concat(utf8('đồng'), bytes(0), utf8('x'))
    expect(firstInvalidUtf8(b)).toBe(-1)
    const r = decodeUtf8(b)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.byteOffset).toBe(7) // đ = 2 bytes, ồ = 3 bytes
      expect(r.reason).toMatch(/NUL byte.*binary/)
    }
  })

  it('decodes the empty input to the empty text', () => {
    expect(decodeUtf8(new Uint8Array())).toEqual({ ok: true, text: '' })
  })
})
