import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalSpan, type DocumentFile, type Span } from '../../../src-main/core/model'
import { newDocument } from '../../../src-main/core/new-document'
import { createOffsetMap, type OffsetMap } from '../../../src-main/core/offsets'
import { seededRandom } from '../../../src-main/core/seeded-random'
import { importText } from '../../../src-main/core/text'
import { CanonicalEncoder, type Encoded } from '../../../src-main/store/files/canonical-encoder'
import { formatCanonicalJson } from '../../../src-main/store/files/canonical-json'

// Emoji with a skin tone and ZWJ, astral CJK, a decomposed accent (stored NFC), CRLF (stored LF), quotes, U+2028.
const TEXT = 'Nhật Bản cam kết 👩🏽‍💻 hỗ trợ 𠀀𠀁 Việt Nam.\r\nHai bên "ký kết" 05 văn kiện\u2028năm 2050.'
const NOW = '2026-12-06T03:00:00.000Z'

/** A document of `copies` times TEXT: one copy is a small file; 3,000 make one over 256 kB, where the encoder reuses its buffers. */
function document(copies = 1): DocumentFile {
  return newDocument(importText(new TextEncoder().encode(Array.from({ length: copies }, () => TEXT).join('\n')), 'a.txt'), 'a.txt', NOW)
}

const maps = new Map<string, OffsetMap>()

function spanAt(doc: DocumentFile, n: number, random: () => number): Span {
  const map = maps.get(doc.text) ?? maps.set(doc.text, createOffsetMap(doc.text)).get(doc.text)!
  const first = Math.floor(random() * (doc.tokens.length - 2))
  const [start] = doc.tokens[first] as [number, number]
  const [, end] = doc.tokens[first + Math.floor(random() * 2)] as [number, number]
  const attributes: Span['attributes'] = random() < 0.3 ? { note: 'có "dấu"\n', n: 2, list: ['😀', null] } : {}
  return canonicalSpan({ id: `s${n}`, start, end, label: 'figure', text: map.slice(start, end), attributes, note: n % 3 ? '' : 'ghi chú\u2028', annotator: 'lan', origin: 'manual', created_at: NOW, updated_at: NOW })
}

/** What formatCanonicalJson writes, with its SHA-256. */
function expected(doc: DocumentFile): { text: string; hash: string } {
  const text = formatCanonicalJson(doc)
  return { text, hash: createHash('sha256').update(text, 'utf8').digest('hex') }
}

const got = ({ bytes, hash }: Encoded): { text: string; hash: string } => ({ text: bytes.toString('utf8'), hash })

describe('CanonicalEncoder', () => {
  it.each([
    ['a small file', 1, 300, 3],
    ['a file large enough to reuse buffers, with hash checkpoints every 256 spans', 3000, 50, 60],
  ])('writes the same bytes and SHA-256 as formatCanonicalJson through a run of edits at the start, middle and end, to no spans and back: %s', (_, copies, steps, burst) => {
    const encoder = new CanonicalEncoder()
    const random = seededRandom(3)
    let doc = document(copies)
    let n = 0
    expect(got(encoder.encode(doc))).toEqual(expected(doc))
    doc = { ...doc, spans: Array.from({ length: burst * 10 }, () => spanAt(doc, n++, random)) }
    expect(got(encoder.encode(doc))).toEqual(expected(doc))
    // Right at, before and after the hash's checkpoints (every 256 spans).
    for (const at of [255, 256, 257, 0, 511, 512, 513, 0, 256]) {
      if (at >= doc.spans.length) continue
      const spans = [...doc.spans]
      spans[at] = { ...(spans[at] as Span), note: `sửa ${at}` }
      doc = { ...doc, spans }
      expect(got(encoder.encode(doc))).toEqual(expected(doc))
    }
    for (let step = 0; step < steps; step++) {
      const spans = [...doc.spans]
      const roll = random()
      if (roll < 0.45 || spans.length === 0) spans.splice(Math.floor(random() * (spans.length + 1)), 0, spanAt(doc, n++, random))
      else if (roll < 0.65) spans.splice(Math.floor(random() * spans.length), 1)
      else if (roll < 0.8) {
        const at = Math.floor(random() * spans.length)
        spans[at] = { ...(spans[at] as Span), label: 'commitment', updated_at: '2026-12-06T04:00:00.000Z' }
      } else if (roll < 0.85) spans.splice(0, spans.length)
      else if (roll < 0.9) spans.push(...Array.from({ length: burst }, () => spanAt(doc, n++, random)))
      else if (roll < 0.95) spans.reverse()
      const title = roll > 0.97 ? `Tiêu đề ${step} 🇻🇳` : doc.title
      doc = { ...doc, title, spans }
      expect(got(encoder.encode(doc))).toEqual(expected(doc))
    }
  })

  it('keeps nothing that can go stale: a kept span changed in place throws, and the bytes stay those of the data', () => {
    const encoder = new CanonicalEncoder()
    const random = seededRandom(5)
    const base = document()
    const doc = { ...base, spans: [spanAt(base, 1, random), spanAt(base, 2, random)] }
    encoder.encode(doc)
    const kept = doc.spans[0] as Span
    expect(() => {
      kept.label = 'agreement'
    }).toThrow(TypeError)
    expect(() => {
      ;(kept.attributes as Record<string, unknown>).x = 1
    }).toThrow(TypeError)
    expect(() => {
      ;(doc.tokens[0] as [number, number])[1] = 99
    }).toThrow(TypeError)
    // A new span object with the same id is encoded from what it holds, never from the old one's bytes.
    const changed = { ...doc, spans: [{ ...kept, label: 'agreement' }, doc.spans[1] as Span] }
    expect(got(encoder.encode(changed))).toEqual(expected(changed))
  })
})
