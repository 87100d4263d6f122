import { describe, expect, it } from 'vitest'
import { exportLabels, parseSplitParts, selectRecord, splitPartOf } from '../../../src-main/core/export'
import { sha256Hex } from '../../../src-main/core/hash'
import { corpusRecords } from './unicode-corpus'

describe('selectRecord', () => {
  const records = corpusRecords()

  it('keeps only documents with a chosen status', () => {
    const kept = records.filter((r) => selectRecord(r, { statuses: ['done', 'in_progress'] }))
    expect(kept.map((r) => r.status)).toEqual(['done', 'in_progress', 'done'])
  })

  it('keeps only spans with a chosen label, and the record itself when nothing is filtered', () => {
    for (const r of records) {
      expect(selectRecord(r, {})).toBe(r)
      const figures = selectRecord(r, { labels: ['figure'] })
      expect(figures?.spans.map((s) => s.label)).toEqual(r.spans.filter((s) => s.label === 'figure').map(() => 'figure'))
    }
  })

  it("keeps an annotator's spans in documents they annotated or hold a span of theirs, and leaves out the rest", () => {
    const [first, second] = records as [(typeof records)[0], (typeof records)[0]]
    const mixed = { ...first, annotator: 'minh', spans: first.spans.map((s, i) => (i === 0 ? { ...s, annotator: 'minh' } : s)) }
    expect(selectRecord(mixed, { annotator: 'minh' })?.spans.map((s) => s.id)).toEqual([first.spans[0]?.id])
    expect(selectRecord(mixed, { annotator: 'lan' })?.spans).toHaveLength(first.spans.length - 1)
    expect(selectRecord({ ...second, annotator: 'minh', spans: [] }, { annotator: 'minh' })?.spans).toEqual([])
    expect(selectRecord(second, { annotator: 'minh' })).toBeNull()
  })

  it('narrows the IOB2 label columns to the chosen labels, in workspace order', () => {
    expect(exportLabels(['commitment', 'agreement', 'figure'], { labels: ['figure', 'commitment'] })).toEqual(['commitment', 'figure'])
    expect(exportLabels(['commitment', 'agreement', 'figure'], {})).toEqual(['commitment', 'agreement', 'figure'])
  })
})

describe('splitting by document id and seed', () => {
  const ids = Array.from({ length: 2000 }, (_, i) => sha256Hex(`doc ${i}`).slice(0, 16))
  const parts = parseSplitParts('train=0.8,dev=0.1,test=0.1')

  it('parses NAME=RATIO lists', () => {
    expect(parts).toEqual([
      { name: 'train', ratio: 0.8 },
      { name: 'dev', ratio: 0.1 },
      { name: 'test', ratio: 0.1 },
    ])
  })

  it.each([
    ['train=0.8,dev=0.1', /add up to 1 \(they add up to 0\.9\)/],
    ['train=0.5,train=0.5', /named twice/],
    ['train:0.5', /is not NAME=RATIO/],
    ['tr ain=1', /is not NAME=RATIO/],
    ['train=0,test=1', /above 0/],
  ])('refuses %s with a message', (spec, message) => {
    expect(() => parseSplitParts(spec)).toThrow(message)
  })

  it('puts each document in the same part whatever else is exported, and close to the ratios', () => {
    const split = { parts, seed: 7 }
    const first = ids.map((id) => splitPartOf(id, split))
    expect(ids.slice(1000).map((id) => splitPartOf(id, split))).toEqual(first.slice(1000))
    const count = (name: string): number => first.filter((p) => p === name).length
    // 2,000 documents: binomial spread is about ±18 for train, ±13 for dev and test.
    expect(Math.abs(count('train') - 1600)).toBeLessThan(80)
    expect(Math.abs(count('dev') - 200)).toBeLessThan(60)
    expect(Math.abs(count('test') - 200)).toBeLessThan(60)
  })

  it('gives another assignment for another seed', () => {
    const a = ids.map((id) => splitPartOf(id, { parts, seed: 1 }))
    const b = ids.map((id) => splitPartOf(id, { parts, seed: 2 }))
    expect(a.filter((p, i) => p !== b[i]).length).toBeGreaterThan(200)
  })
})
