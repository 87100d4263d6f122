import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DOCUMENT_ID_PATTERN,
  documentId,
  documentTitle,
  TITLE_MAX,
  importText,
  normalizeText,
  TextImportError,
  type Normalization,
} from '../../../src-main/core/text'
import { anyUnicode, importableText, realisticText } from './arbitraries'

const RUNS = { numRuns: 300 }
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const nodeSha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')
const anyInput = fc.oneof(importableText, anyUnicode, realisticText)

describe('normalizeText', () => {
  it.each<[string, string, string, Normalization[]]>([
    ['already clean text', 'Việt Nam\nHà Nội', 'Việt Nam\nHà Nội', []],
    ['a leading BOM', '\uFEFFViệt Nam', 'Việt Nam', ['bom']],
    ['CRLF line ends', 'a\r\nb\r\n', 'a\nb\n', ['lf']],
    ['bare CR line ends', 'a\rb\r', 'a\nb\n', ['lf']],
    ['CR CR LF as two line ends', 'a\r\r\nb', 'a\n\nb', ['lf']],
    ['decomposed (NFD) Vietnamese', 'Vie\u0323\u0302t Nam', 'Việt Nam', ['nfc']],
    ['all three at once, listed as nfc, lf, bom', '\uFEFFVie\u0323\u0302t\r\nNam', 'Việt\nNam', ['nfc', 'lf', 'bom']],
    ['the empty text', '', '', []],
  ])('normalizes %s', (_name, input, text, normalized) => {
    expect(normalizeText(input)).toEqual({ text, normalized })
  })

  it('does not touch LF, tabs or emoji sequences', () => {
    const s = 'a\tb\n\u{1F469}\u200D\u{1F469}\u200D\u{1F467} \u{1F44D}\u{1F3FD} \u{2000B}'
    expect(normalizeText(s)).toEqual({ text: s, normalized: [] })
  })

  it('produces NFC text with LF line ends and no BOM, for any input', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { text } = normalizeText(input)
        expect(text.includes('\r')).toBe(false)
        expect(text.startsWith('\uFEFF')).toBe(false)
        expect(text.normalize('NFC')).toBe(text)
      }),
      RUNS,
    )
  })

  it('is idempotent: normalizing normalized text changes nothing and records nothing', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const once = normalizeText(input)
        expect(normalizeText(once.text)).toEqual({ text: once.text, normalized: [] })
      }),
      RUNS,
    )
  })

  it('strips a doubled BOM completely, so the stored text never starts with U+FEFF', () => {
    expect(normalizeText('\uFEFF\uFEFFabc')).toEqual({ text: 'abc', normalized: ['bom'] })
  })

  it('names exactly the steps that changed something, in the fixed order nfc, lf, bom', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { normalized } = normalizeText(input)
        const noBom = input.replace(/^\uFEFF+/, '')
        const lf = noBom.replace(/\r\n?/g, '\n')
        const expected: Normalization[] = []
        if (lf.normalize('NFC') !== lf) expected.push('nfc')
        if (lf !== noBom) expected.push('lf')
        if (noBom !== input) expected.push('bom')
        expect(normalized).toEqual(expected)
      }),
      RUNS,
    )
  })

  it('returns the input unchanged with an empty list when the input is already NFC, LF and BOM-free', () => {
    fc.assert(
      fc.property(realisticText, (s) => {
        const clean = s.normalize('NFC')
        expect(normalizeText(clean)).toEqual({ text: clean, normalized: [] })
      }),
      RUNS,
    )
  })
})

describe('importText', () => {
  it('decodes and normalizes the bytes and hashes the original bytes, not the stored text', () => {
    const raw = utf8('\uFEFFVie\u0323\u0302t Nam\r\nđồng')
    const imported = importText(raw, 'bai-bao.txt')
    expect(imported.text).toBe('Việt Nam\nđồng')
    expect(imported.normalized).toEqual(['nfc', 'lf', 'bom'])
    expect(imported.originalSha256).toBe(nodeSha256(raw))
    expect(imported.originalSha256).not.toBe(nodeSha256(imported.text))
  })

  it('gives normalizeText of the decoded string and the SHA-256 of the raw bytes, for any UTF-8 text without NUL', () => {
    fc.assert(
      fc.property(anyInput, (s0) => {
        const s = s0.replaceAll('\0', '')
        const raw = utf8(s)
        expect(importText(raw, 'x.txt')).toEqual({ ...normalizeText(s), originalSha256: nodeSha256(raw) })
      }),
      RUNS,
    )
  })

  it('refuses invalid UTF-8 with a TextImportError carrying the file name and the byte offset', () => {
    const raw = Uint8Array.from([...utf8('Hà Nội '), 0xed, 0xa0, 0x80])
    let caught: unknown
    try {
      importText(raw, '000_ee5b45165e85ac05.txt')
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(TextImportError)
    expect(caught).toBeInstanceOf(Error)
    const err = caught as TextImportError
    expect(err.name).toBe('TextImportError')
    expect(err.file).toBe('000_ee5b45165e85ac05.txt')
    expect(err.byteOffset).toBe(10) // H à(2) space N ộ(3) i space
    expect(err.message).toBe(
      '000_ee5b45165e85ac05.txt: byte 10: invalid UTF-8 sequence starting with byte 0xed; nothing was imported',
    )
  })

  it('refuses a file with a NUL byte as binary, naming the file and offset', () => {
    expect(() => importText(Uint8Array.from([0x61, 0x62, 0x00, 0x63]), 'anh.png')).toThrow(
      /^anh\.png: byte 2: NUL byte: this looks like a binary file; nothing was imported$/,
    )
  })

  it('throws a TextImportError at the first invalid byte for any corrupted input', () => {
    fc.assert(
      fc.property(realisticText, fc.nat(), fc.integer({ min: 0xf5, max: 0xff }), (s, pos, badByte) => {
        const clean = Array.from(utf8(s))
        // Insert between characters, never inside one, so the prefix stays valid.
        const cuts = [0, ...Array.from(s).map((_, i) => utf8(Array.from(s).slice(0, i + 1).join('')).length)]
        const at = cuts[pos % cuts.length] as number
        const raw = Uint8Array.from([...clean.slice(0, at), badByte, ...clean.slice(at)])
        expect(() => importText(raw, 'f.txt')).toThrow(TextImportError)
        try {
          importText(raw, 'f.txt')
        } catch (e) {
          expect((e as TextImportError).byteOffset).toBe(at)
          expect((e as TextImportError).file).toBe('f.txt')
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('documentId', () => {
  it('is the first 16 hex digits of SHA-256 of the UTF-8 text, as node:crypto computes it', () => {
    fc.assert(
      fc.property(fc.oneof(realisticText, fc.string({ unit: 'binary' })), (text) => {
        const id = documentId(text)
        expect(id).toBe(nodeSha256(Buffer.from(text, 'utf8')).slice(0, 16))
        expect(id).toMatch(DOCUMENT_ID_PATTERN)
      }),
      RUNS,
    )
  })

  it('matches known digests for the empty text and an astral Vietnamese text', () => {
    expect(documentId('')).toBe('e3b0c44298fc1c14')
    const text = 'Nhật Bản cam kết hỗ trợ \u{1F44D}\u{1F3FD} \u{2000B}'
    expect(documentId(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16))
  })

  it('differs between NFC and NFD spellings, which is why import normalizes first', () => {
    expect(documentId('Việt')).not.toBe(documentId('Vie\u0323\u0302t'))
    expect(documentId(importText(utf8('Vie\u0323\u0302t'), 'a').text)).toBe(documentId('Việt'))
  })
})

describe('documentTitle', () => {
  it.each([
    ['the first line, trimmed', '  Việt Nam sẵn sàng hợp tác  \nNội dung', 'Việt Nam sẵn sàng hợp tác'],
    ['the first non-empty line when the text starts with blank lines', '\n \n\t\nTiêu đề\nthân bài', 'Tiêu đề'],
    ['a line of only non-breaking and ideographic spaces as empty', '\u00A0\u3000\nTiêu đề', 'Tiêu đề'],
    ['the fallback for a blank text', ' \n\t\n', 'file.txt'],
    ['the fallback for the empty text', '', 'file.txt'],
    ['an emoji title whole', '\u{1F469}\u200D\u{1F469}\u200D\u{1F467} gia đình\n', '\u{1F469}\u200D\u{1F469}\u200D\u{1F467} gia đình'],
  ])('takes %s', (_name, text, title) => {
    expect(documentTitle(text, 'file.txt')).toBe(title)
  })

  it('cuts a first line longer than TITLE_MAX code points after its last whole word, with an ellipsis', () => {
    const words = Array.from({ length: 400 }, (_, i) => `từ${i}`).join(' ')
    const title = documentTitle(`  ${words}\nthân bài`, 'file.txt')
    expect([...title].length).toBeLessThanOrEqual(TITLE_MAX + 1)
    expect(title.endsWith('…')).toBe(true)
    expect(words.startsWith(title.slice(0, -1))).toBe(true)
    expect(words[title.length - 1]).toBe(' ')
    // No space to cut at (Chinese): whole code points, never half a surrogate pair.
    const han = documentTitle('𠀋'.repeat(500), 'file.txt')
    expect(han).toBe(`${'𠀋'.repeat(TITLE_MAX)}…`)
  })

  it.each([
    ['a timestamp', 'Thứ năm 23/01/2025 13:52\n\nNhật Bản một lần nữa khẳng định ủng hộ Việt Nam đăng cai Năm APEC 2027\n', 'Nhật Bản một lần nữa khẳng định ủng hộ Việt Nam đăng cai Năm APEC 2027'],
    [
      'a breadcrumb and a dateline',
      'Trang chủ Chính trị - Xã hội Chào ngày mới\n12:10 | 22/11/2021 GMT+7\n\nĐưa quan hệ đối tác chiến lược sâu rộng Việt Nam - Nhật Bản lên tầm cao mới\nthân bài',
      'Đưa quan hệ đối tác chiến lược sâu rộng Việt Nam - Nhật Bản lên tầm cao mới',
    ],
  ])('skips page furniture before the headline: %s', (_name, text, title) => {
    expect(documentTitle(text, 'file.txt')).toBe(title)
  })

  it('takes the first line when every line is page furniture', () => {
    expect(documentTitle('Thứ năm 23/01/2025 13:52\n', 'file.txt')).toBe('Thứ năm 23/01/2025 13:52')
  })

  it('returns a trimmed, non-empty line of the text, or the fallback only when every line is blank', () => {
    fc.assert(
      fc.property(realisticText, (text) => {
        const title = documentTitle(text, 'FALLBACK')
        const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '')
        const whole = title.endsWith('…') ? title.slice(0, -1) : title
        if (lines.length === 0) expect(title).toBe('FALLBACK')
        else expect(lines.some((l) => l === title || (l.startsWith(whole) && [...l].length > TITLE_MAX))).toBe(true)
      }),
      RUNS,
    )
  })
})
