import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalRecord, jsonlLine } from '../../../src-main/core/export/canonical-record'
import { sha256Hex } from '../../../src-main/core/hash'
import type { DocumentFile } from '../../../src-main/core/model/document'
import type { Span } from '../../../src-main/core/model/span'
import { createOffsetMap } from '../../../src-main/core/offsets'
import { documentId } from '../../../src-main/core/text'
import { tokenize } from '../../../src-main/core/tokens'
import { pySlice } from './arbitraries'

const RECORD_KEYS = ['id', 'title', 'source', 'text', 'text_sha256', 'offsets', 'annotator', 'status', 'tokens', 'spans']
const SPAN_KEYS = ['id', 'start', 'end', 'label', 'text', 'attributes', 'note', 'annotator', 'origin', 'created_at', 'updated_at']
const T0 = '2026-11-23T08:00:00.000Z'
const T1 = '2026-11-24T10:15:00.000Z'
const TEXT = 'Hà Nội cam kết 3 triệu yên'
// Hà 0..2, Nội 3..6, cam 7..10, kết 11..14, 3 15..16, triệu 17..22, yên 23..26

function doc(spans: Span[], text = TEXT): DocumentFile {
  return {
    schema: 1,
    id: documentId(text),
    title: text.split('\n')[0] as string,
    source: '000_ee5b45165e85ac05.txt',
    text,
    text_sha256: sha256Hex(text),
    import: { normalized: [], original_sha256: sha256Hex(text), imported_at: T0 },
    tokens: tokenize(text),
    spans,
  }
}

/** A span whose own keys are deliberately in a scrambled order. */
function scrambled(s: Omit<Span, 'text'>, text = TEXT): Span {
  return {
    updated_at: s.updated_at,
    attributes: s.attributes,
    label: s.label,
    origin: s.origin,
    end: s.end,
    note: s.note,
    text: pySlice(text, s.start, s.end),
    created_at: s.created_at,
    start: s.start,
    annotator: s.annotator,
    id: s.id,
  }
}

const figure = scrambled({
  id: 'f1',
  start: 15,
  end: 26,
  label: 'figure',
  attributes: { value: 3000000, unit: 'yên' },
  note: 'số tiền',
  annotator: 'lan',
  origin: 'manual',
  created_at: T0,
  updated_at: T1,
})
const commitment = scrambled({
  id: 'c1',
  start: 7,
  end: 14,
  label: 'commitment',
  attributes: { parties: ['Nhật Bản', 'Việt Nam'], detail: { z: 1, a: [{ y: 2, b: 3 }] } },
  note: '',
  annotator: 'minh',
  origin: 'suggested',
  created_at: T0,
  updated_at: T0,
})

describe('canonicalRecord', () => {
  it('writes exactly the bytes docs/format.md specifies for a small document', () => {
    const line = jsonlLine(canonicalRecord(doc([figure, commitment]), { annotator: 'lan', status: 'done' }))
    const expected =
      `{"id":"${documentId(TEXT)}","title":"Hà Nội cam kết 3 triệu yên","source":"000_ee5b45165e85ac05.txt",` +
      `"text":"Hà Nội cam kết 3 triệu yên","text_sha256":"${sha256Hex(TEXT)}",` +
      `"offsets":{"unit":"codepoint","end":"exclusive","normalization":"NFC"},` +
      `"annotator":"lan","status":"done",` +
      `"tokens":[[0,2],[3,6],[7,10],[11,14],[15,16],[17,22],[23,26]],` +
      `"spans":[` +
      `{"id":"c1","start":7,"end":14,"label":"commitment","text":"cam kết",` +
      `"attributes":{"detail":{"a":[{"b":3,"y":2}],"z":1},"parties":["Nhật Bản","Việt Nam"]},` +
      `"note":"","annotator":"minh","origin":"suggested","created_at":"${T0}","updated_at":"${T0}"},` +
      `{"id":"f1","start":15,"end":26,"label":"figure","text":"3 triệu yên",` +
      `"attributes":{"unit":"yên","value":3000000},` +
      `"note":"số tiền","annotator":"lan","origin":"manual","created_at":"${T0}","updated_at":"${T1}"}` +
      `]}\n`
    expect(line).toBe(expected)
  })

  it('puts the record keys, the offsets keys and every span key in the contract order', () => {
    const record = canonicalRecord(doc([figure, commitment]), { annotator: 'lan', status: 'in_progress' })
    expect(Object.keys(record)).toEqual(RECORD_KEYS)
    expect(Object.keys(record.offsets)).toEqual(['unit', 'end', 'normalization'])
    for (const s of record.spans) expect(Object.keys(s)).toEqual(SPAN_KEYS)
  })

  it('takes annotator and status from the context, not from the spans', () => {
    const record = canonicalRecord(doc([figure, commitment]), { annotator: 'hoa', status: 'skipped' })
    expect(record.annotator).toBe('hoa')
    expect(record.status).toBe('skipped')
    expect(record.spans.map((s) => s.annotator)).toEqual(['minh', 'lan'])
  })

  it('sorts spans by start, then end, then label, then id (by code unit, as Python sorts)', () => {
    const mk = (id: string, start: number, end: number, label: string): Span =>
      scrambled({ id, start, end, label, attributes: {}, note: '', annotator: 'lan', origin: 'manual', created_at: T0, updated_at: T0 })
    const spans = [
      mk('a', 7, 14, 'figure'),
      mk('B', 7, 14, 'figure'),
      mk('x', 7, 14, 'agreement'),
      mk('y', 7, 10, 'figure'),
      mk('z', 3, 26, 'figure'),
    ]
    const record = canonicalRecord(doc(spans), { annotator: 'lan', status: 'done' })
    expect(record.spans.map((s) => s.id)).toEqual(['z', 'y', 'x', 'B', 'a'])
  })

  it('lists the code point tokens of the text', () => {
    const text = '\u{1F44D}\u{1F3FD} Việt Nam \u{2000B}.'
    const record = canonicalRecord(doc([], text), { annotator: 'lan', status: 'todo' })
    expect(record.tokens).toEqual(tokenize(text, createOffsetMap(text)))
    expect(record.tokens).toEqual([
      [0, 2],
      [3, 7],
      [8, 11],
      [12, 13],
      [13, 14],
    ])
  })

  it('does not reorder or change the document it reads', () => {
    const d = doc([figure, commitment])
    const before = structuredClone(d)
    canonicalRecord(d, { annotator: 'lan', status: 'done' })
    expect(d).toEqual(before)
    expect(Object.keys(d.spans[0] as Span)).toEqual(Object.keys(before.spans[0] as Span))
  })

  it('writes one line per record even when the text holds line breaks', () => {
    const text = 'dòng một\ndòng hai\r\n\u2028x'
    const line = jsonlLine(canonicalRecord(doc([], text), { annotator: 'lan', status: 'todo' }))
    expect(line.endsWith('\n')).toBe(true)
    expect(line.split('\n')).toHaveLength(2)
    expect(JSON.parse(line).text).toBe(text)
  })

  it('reads back with JSON.parse to the same record', () => {
    const record = canonicalRecord(doc([figure, commitment]), { annotator: 'lan', status: 'done' })
    expect(JSON.parse(jsonlLine(record))).toEqual(record)
  })
})

describe('canonical export determinism', () => {
  const attributeValue = fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant(null))
  const attributes = fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), attributeValue, { maxKeys: 5 })
  const spanArb = fc
    .record({
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,6}$/),
      start: fc.nat(TEXT.length),
      len: fc.nat(6),
      label: fc.constantFrom('commitment', 'agreement', 'figure'),
      attributes,
      origin: fc.constantFrom<Span['origin']>('manual', 'suggested', 'imported', 'merged'),
    })
    .map(({ len, ...s }) =>
      scrambled({ ...s, end: Math.min(TEXT.length, s.start + len), note: '', annotator: 'lan', created_at: T0, updated_at: T1 }),
    )

  /** The same spans, in another order, each with its attribute keys inserted in another order. */
  const reshuffled = (spans: Span[], order: number[], reverseKeys: boolean): Span[] =>
    order.map((i) => {
      const s = spans[i] as Span
      const keys = Object.keys(s.attributes)
      if (reverseKeys) keys.reverse()
      return { ...s, attributes: Object.fromEntries(keys.map((k) => [k, s.attributes[k]])) } as Span
    })

  it('gives byte-identical lines whatever the order of spans and of attribute keys', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(spanArb, { selector: (s) => s.id, maxLength: 8 }).chain((spans) =>
          fc.tuple(fc.constant(spans), fc.shuffledSubarray([...spans.keys()], { minLength: spans.length }), fc.boolean()),
        ),
        ([spans, order, reverseKeys]) => {
          const ctx = { annotator: 'lan', status: 'done' } as const
          const a = jsonlLine(canonicalRecord(doc(spans), ctx))
          const b = jsonlLine(canonicalRecord(doc(reshuffled(spans, order, reverseKeys)), ctx))
          expect(b).toBe(a)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('always emits spans in (start, end, label, id) order with sorted attribute keys', () => {
    fc.assert(
      fc.property(fc.uniqueArray(spanArb, { selector: (s) => s.id, maxLength: 8 }), (spans) => {
        const record = canonicalRecord(doc(spans), { annotator: 'lan', status: 'done' })
        expect(record.spans).toHaveLength(spans.length)
        const key = (s: Span) => [s.start, s.end, s.label, s.id] as const
        for (let i = 1; i < record.spans.length; i++) {
          const [p, q] = [key(record.spans[i - 1] as Span), key(record.spans[i] as Span)]
          const cmp = p[0] - q[0] || p[1] - q[1] || (p[2] < q[2] ? -1 : p[2] > q[2] ? 1 : 0) || (p[3] < q[3] ? -1 : 1)
          expect(cmp).toBeLessThan(0)
        }
        for (const s of record.spans) {
          // A JS object always lists array-index-like keys ("0", "12") first, in numeric
          // order; every other key must come sorted after them.
          const keys = Object.keys(s.attributes)
          const isIndex = (k: string): boolean => /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 2 ** 32 - 1
          const indexKeys = keys.filter(isIndex).sort((x, y) => Number(x) - Number(y))
          expect(keys).toEqual([...indexKeys, ...keys.filter((k) => !isIndex(k)).sort()])
          expect(Object.keys(s)).toEqual(SPAN_KEYS)
        }
      }),
      { numRuns: 300 },
    )
  })
})
