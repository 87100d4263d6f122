import { describe, expect, it } from 'vitest'
import { canonicalRecord, jsonlLine } from '../../../src-main/core/export'
import { readCanonicalJsonl, formatProblem } from '../../../src-main/core/import'
import { newDocument } from '../../../src-main/core/new-document'
import { DEFAULT_LABELS } from '../../../src-main/core/model'
import { importText } from '../../../src-main/core/text'
import { withSpan } from '../../support/span-edits'

const NOW = '2026-11-23T08:00:00.000Z'
const ctx = { now: NOW, annotator: 'lan', labels: DEFAULT_LABELS }

function record(text: string) {
  let doc = newDocument(importText(new TextEncoder().encode(text), 'x.txt'), 'x.txt', NOW)
  doc = withSpan(doc, { id: 'span1', start: 0, end: 2, label: 'figure' }, ctx, 'token')
  return canonicalRecord(doc, { annotator: 'lan', status: 'done' })
}

describe('readCanonicalJsonl', () => {
  it('reads back what the canonical export writes, record for record', () => {
    const a = record('Nhật Bản 👩‍👩‍👧 hỗ trợ 𠀋 3 triệu yên')
    const b = record('Hai bên đã ký kết 05 văn kiện')
    const { records, problems } = readCanonicalJsonl(jsonlLine(a) + jsonlLine(b), 'a.jsonl')
    expect(problems).toEqual([])
    expect(records.map((r) => ({ line: r.line, record: r.record, normalized: r.normalized }))).toEqual([
      { line: 1, record: a, normalized: [] },
      { line: 2, record: b, normalized: [] },
    ])
  })

  it('names the file and line of every broken line, a bad span and a duplicate document', () => {
    const good = record('Nhật Bản hỗ trợ 3 triệu yên')
    const badSpan = { ...good, spans: [{ ...good.spans[0]!, text: 'Nhật Bản' }] }
    const content = [jsonlLine(good), '{"id": 1\n', jsonlLine(badSpan), jsonlLine(good)].join('')
    const { records, problems } = readCanonicalJsonl(content, 'in.jsonl')
    expect(records.map((r) => r.line)).toEqual([1])
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^in\.jsonl:2: not valid JSON/),
      'in.jsonl:3: span 1 (span1, 0..4): text "Nhật Bản" does not match text[start:end] "Nhật"',
      `in.jsonl:4: document ${good.id} appears again (first on line 1)`,
    ])
  })

  it('reports text that is not normalized in a record with tokens, an id that is not its hash, and unknown labels', () => {
    const good = record('Việt Nam')
    const nfd = { ...good, text: good.text.normalize('NFD') }
    const { problems } = readCanonicalJsonl(jsonlLine(nfd), 'n.jsonl', { labels: ['commitment'] })
    expect(problems.map(formatProblem)).toEqual([
      'n.jsonl:1: text is not stored normalized (NFC, LF line ends, no BOM); only a record without tokens and text_sha256 is normalized on reading',
    ])
    const otherId = readCanonicalJsonl(jsonlLine({ ...good, id: '0123456789abcdef' }), 'n.jsonl').problems
    expect(otherId.map((p) => p.message)).toEqual([`id 0123456789abcdef is not the first 16 hex digits of the text's SHA-256 (${good.id})`])
    const unknown = readCanonicalJsonl(jsonlLine(good), 'n.jsonl', { labels: ['commitment'] }).problems
    expect(unknown.map(formatProblem)).toEqual(['n.jsonl:1: span 1 (span1, 0..4): unknown label "figure" (known: commitment)'])
  })

  it('reports a record that does not match the shape, with the field', () => {
    const { problems } = readCanonicalJsonl('{"id":"0123456789abcdef"}\n', 's.jsonl')
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.every((p) => p.line === 1 && p.file === 's.jsonl')).toBe(true)
    expect(problems.map((p) => p.message)).toEqual([
      'text: Invalid input: expected string, received undefined',
      'spans: Invalid input: expected array, received undefined',
    ])
  })
})
