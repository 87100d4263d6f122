import { describe, expect, it } from 'vitest'
import { formatProblem, readCanonicalJsonl } from '../../../src-main/core/import'
import { sha256Hex } from '../../../src-main/core/hash'
import { documentId } from '../../../src-main/core/text'
import { tokenize } from '../../../src-main/core/tokens'
import { codePoints, pySlice } from '../core/arbitraries'

/** Code-point offsets of the first `piece` in `text` at or after `from`, as a Python script computes them. */
function find(text: string, piece: string, from = 0): { start: number; end: number } {
  const chars = codePoints(text)
  const want = codePoints(piece)
  for (let i = from; i + want.length <= chars.length; i++) {
    if (want.every((c, k) => chars[i + k] === c)) return { start: i, end: i + want.length }
  }
  throw new Error(`${piece} not in ${text}`)
}

const line = (value: unknown): string => `${JSON.stringify(value)}\n`

const TEXT = 'Gia đình 👩‍👩‍👧 ủng hộ 👍🏽: Nhật Bản cam kết hỗ trợ 𠀋 3 triệu yên'

describe('reading minimal records (text and spans only)', () => {
  it('computes id, hash, tokens, span text and ids, and takes the defaults, with code-point offsets past emoji and astral CJK', () => {
    const spans = [
      { ...find(TEXT, '3 triệu yên'), label: 'figure' },
      { ...find(TEXT, 'Nhật Bản cam kết hỗ trợ 𠀋 3 triệu yên'), label: 'commitment' },
      { ...find(TEXT, '👩‍👩‍👧'), label: 'figure' },
    ]
    const { records, problems } = readCanonicalJsonl(line({ text: TEXT, spans }), 'model.jsonl', { annotator: 'model', now: '2026-01-02T03:04:05.000Z' })
    expect(problems).toEqual([])
    const [{ record, normalized }] = records as [(typeof records)[number]]
    expect(normalized).toEqual([])
    expect(record).toMatchObject({
      id: documentId(TEXT),
      title: TEXT,
      source: 'model.jsonl:1',
      text_sha256: sha256Hex(TEXT),
      offsets: { unit: 'codepoint', end: 'exclusive', normalization: 'NFC' },
      annotator: 'model',
      status: 'todo',
      tokens: tokenize(TEXT),
    })
    // Sorted as docs/format.md says, each span's text is Python's text[start:end].
    expect(record.spans.map((s) => [s.start, s.end, s.label, s.text])).toEqual(
      [spans[2], spans[1], spans[0]].map((s) => [s!.start, s!.end, s!.label, pySlice(TEXT, s!.start, s!.end)]),
    )
    expect(record.spans.map((s) => s.text)).toEqual(['👩‍👩‍👧', 'Nhật Bản cam kết hỗ trợ 𠀋 3 triệu yên', '3 triệu yên'])
    expect(record.spans[0]).toMatchObject({ attributes: {}, note: '', annotator: 'model', origin: 'imported', created_at: '2026-01-02T03:04:05.000Z', updated_at: '2026-01-02T03:04:05.000Z' })
  })

  it('gives the same span ids every time, in any file and in any span order, all distinct', () => {
    const spans = [
      { ...find(TEXT, 'Nhật Bản'), label: 'commitment' },
      { ...find(TEXT, 'Nhật Bản'), label: 'agreement' },
      { ...find(TEXT, '𠀋'), label: 'figure' },
    ]
    const ids = (file: string, list: typeof spans) => readCanonicalJsonl(line({ text: TEXT, spans: list }), file).records[0]?.record.spans.map((s) => s.id)
    const first = ids('a.jsonl', spans)
    expect(new Set(first).size).toBe(3)
    expect(ids('b.jsonl', [...spans].reverse())).toEqual(first)
  })

  it('normalizes NFD, CRLF and BOM text once, moving offsets given against the raw text, to the same record as the NFC text', () => {
    const nfc = 'Việt Nam\nNhật Bản hỗ trợ 👍🏽 3 triệu yên'
    const raw = `\uFEFF${nfc.normalize('NFD').replace(/\n/g, '\r\n')}`
    const spanOf = (text: string, piece: string, label: string) => ({ ...find(text, piece), label, text: pySlice(text, find(text, piece).start, find(text, piece).end) })
    const fromRaw = readCanonicalJsonl(line({ text: raw, spans: [spanOf(raw, 'Nhật Bản'.normalize('NFD'), 'commitment'), spanOf(raw, '3 triệu yên'.normalize('NFD'), 'figure')] }), 'nfd.jsonl')
    const fromNfc = readCanonicalJsonl(line({ text: nfc, spans: [spanOf(nfc, 'Nhật Bản', 'commitment'), spanOf(nfc, '3 triệu yên', 'figure')] }), 'nfc.jsonl')
    expect(fromRaw.problems).toEqual([])
    const [a, b] = [fromRaw.records[0], fromNfc.records[0]]
    expect(a?.normalized).toEqual(['nfc', 'lf', 'bom'])
    expect(a?.remapped).toBe(2)
    expect(a?.originalSha256).toBe(sha256Hex(raw))
    expect(a?.record.text).toBe(nfc)
    expect(a?.record.spans.map((s) => [s.start, s.end, s.text])).toEqual([
      [...Object.values(find(nfc, 'Nhật Bản')), 'Nhật Bản'],
      [...Object.values(find(nfc, '3 triệu yên')), '3 triệu yên'],
    ])
    expect({ ...a?.record, source: '' }).toEqual({ ...b?.record, source: '' })
  })

  it('names file:line for every present field that is wrong, and for offsets that cannot follow normalization', () => {
    const base = { text: 'Nhật Bản hỗ trợ 3 triệu yên', spans: [{ start: 0, end: 4, label: 'commitment' }] }
    const nfd = 'Vie\u0323\u0302t Nam'
    const content = [
      line({ ...base, id: '0123456789abcdef' }),
      line({ ...base, spans: [{ start: 0, end: 4, label: 'commitment', text: 'Nhat' }] }),
      line({ ...base, spans: [{ id: 's1', start: 0, end: 4, label: 'figure' }, { id: 's1', start: 5, end: 8, label: 'figure' }] }),
      line({ ...base, spans: [{ start: 4, end: 4, label: 'figure' }, { start: 16, end: 28, label: 'figure' }] }),
      line({ ...base, spans: [{ start: 0, end: 4, label: 'party' }] }),
      line({ ...base, spans: [{ start: 0, end: 4, label: 'figure' }, { start: 0, end: 4, label: 'figure' }] }),
      line({ text: nfd, spans: [{ start: 0, end: 3, label: 'figure' }] }),
      line({ text: 'x', spans: [{ start: 0, label: 'figure' }], score: 0.9 }),
    ].join('')
    const { records, problems } = readCanonicalJsonl(content, 'bad.jsonl', { labels: ['commitment', 'figure'] })
    expect(records).toEqual([])
    expect(problems.map(formatProblem)).toEqual([
      `bad.jsonl:1: id 0123456789abcdef is not the first 16 hex digits of the text's SHA-256 (${documentId(base.text)})`,
      'bad.jsonl:2: span 1 (0..4): text "Nhat" does not match text[start:end] "Nhật"',
      'bad.jsonl:3: span 2 (s1, 5..8): the span id appears twice',
      'bad.jsonl:4: span 1 (4..4): offsets fall outside the text (0..27) or are empty',
      'bad.jsonl:4: span 2 (16..28): offsets fall outside the text (0..27) or are empty',
      'bad.jsonl:5: span 1 (0..4): unknown label "party" (known: commitment, figure)',
      'bad.jsonl:6: span 2 (0..4): the same span (start, end, label) as span 1',
      "bad.jsonl:7: span 1 (0..3): cuts through a character (grapheme cluster), so it cannot follow the text's normalization (nfc)",
      'bad.jsonl:8: spans.0.end: Invalid input: expected number, received undefined',
      'bad.jsonl:8: Unrecognized key: "score"',
    ])
  })

  it('keeps what a record gives: status, annotator, title, source, span ids, notes and timestamps', () => {
    const record = {
      text: 'Hai bên ký kết 05 văn kiện',
      title: 'Ký kết',
      source: 'vnexpress/123',
      annotator: 'lan',
      status: 'done',
      spans: [{ id: 'm-1', start: 15, end: 17, label: 'figure', note: 'số', origin: 'suggested', created_at: '2026-05-01T00:00:00.000Z' }],
    }
    const read = readCanonicalJsonl(line(record), 'in.jsonl', { annotator: 'other' }).records[0]
    expect(read?.namedAnnotator).toBe(true)
    expect(read?.record).toMatchObject({ title: 'Ký kết', source: 'vnexpress/123', annotator: 'lan', status: 'done' })
    expect(read?.record.spans).toEqual([
      {
        id: 'm-1', start: 15, end: 17, label: 'figure', text: '05', attributes: {}, note: 'số', annotator: 'lan', origin: 'suggested',
        created_at: '2026-05-01T00:00:00.000Z', updated_at: '2026-05-01T00:00:00.000Z',
      },
    ])
  })
})
