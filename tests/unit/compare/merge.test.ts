import { describe, expect, it } from 'vitest'
import { mergeRecords, type MergeInput } from '../../../src-main/core/compare'
import { readCanonicalJsonl } from '../../../src-main/core/import'
import { jsonlLine } from '../../../src-main/core/export'
import { record } from './spans'

const TEXT = 'Nhật Bản cam kết hỗ trợ 3 triệu yên cho dự án năm 2050.'
type Draft = [number, number, string]
const input = (name: string, spans: Draft[], text = TEXT): MergeInput => ({ name, records: [record(text, spans, name)] })
const summary = (r: { spans: Array<{ start: number; end: number; label: string; attributes: Record<string, unknown> }> }) =>
  r.spans.map((s) => `${s.start}-${s.end}:${s.label} ${(s.attributes.annotators as string[]).join('+')}`)

const FIG: Draft = [24, 35, 'figure']
const FIG_SHORT: Draft = [26, 35, 'figure']
const COMMIT: Draft = [9, 35, 'commitment']
const YEAR: Draft = [47, 55, 'figure']

describe('mergeRecords', () => {
  it('union keeps every distinct span once, with every annotator who had it', () => {
    const { records, conflicts } = mergeRecords([input('lan', [FIG, COMMIT]), input('minh', [FIG, FIG_SHORT])], 'union')
    expect(conflicts).toEqual([])
    expect(summary(records[0] as never)).toEqual(['9-35:commitment lan', '24-35:figure lan+minh', '26-35:figure minh'])
    expect(records[0]?.spans.every((s) => s.origin === 'merged')).toBe(true)
    expect(records[0]?.annotator).toBe('lan+minh')
  })

  it('majority keeps what more than half have, drops what fewer have, and lists exact halves as conflicts', () => {
    const three = mergeRecords([input('lan', [FIG, COMMIT]), input('minh', [FIG, YEAR]), input('hoa', [FIG_SHORT, COMMIT])], 'majority')
    expect(three.conflicts).toEqual([])
    expect(summary(three.records[0] as never)).toEqual(['9-35:commitment lan+hoa', '24-35:figure lan+minh'])

    const two = mergeRecords([input('lan', [FIG, COMMIT]), input('minh', [FIG])], 'majority')
    expect(two.conflicts.map((c) => [c.span.label, c.span.start, c.span.end, c.had, c.without])).toEqual([['commitment', 9, 35, ['lan'], ['minh']]])
    expect(summary(two.records[0] as never)).toEqual(['24-35:figure lan+minh'])
  })

  it('prefer-first keeps the earlier input’s span where they disagree and adds spans nobody disputes', () => {
    const { records, conflicts } = mergeRecords(
      [input('lan', [FIG, [9, 35, 'agreement']]), input('minh', [FIG_SHORT, COMMIT, YEAR]), input('hoa', [FIG_SHORT])],
      'prefer-first',
    )
    expect(conflicts).toEqual([])
    // minh's boundary (26-35) and relabel (commitment) lose to lan's spans; minh's year is new; hoa's 26-35 loses too.
    expect(summary(records[0] as never)).toEqual(['9-35:agreement lan', '24-35:figure lan', '47-55:figure minh'])
  })

  it('keeps documents only some inputs have, in first-seen order, and votes among the inputs that have them', () => {
    const other = 'Hai bên đã ký kết 05 văn kiện hợp tác.'
    const { records, conflicts } = mergeRecords(
      [input('lan', [FIG]), { name: 'minh', records: [record(other, [[18, 20, 'figure']], 'minh'), record(TEXT, [FIG], 'minh')] }],
      'majority',
    )
    expect(conflicts).toEqual([])
    expect(records.map((r) => [r.title, r.annotator, r.spans.length])).toEqual([
      [TEXT, 'lan+minh', 1],
      [other, 'minh', 1],
    ])
  })

  it('renames span ids two inputs share for different spans, and writes records the canonical reader accepts', () => {
    // Both files call their first span "s0", as when one annotator started from the other's export.
    const a = input('lan', [COMMIT])
    const b = { name: 'minh', records: [record(TEXT, [[9, 35, 'agreement']], 'minh', 'lan')] }
    const { records } = mergeRecords([a, b], 'union')
    expect(records[0]?.spans.map((s) => [s.label, s.id])).toEqual([
      ['agreement', 'lan0-2'],
      ['commitment', 'lan0'],
    ])
    const back = readCanonicalJsonl(records.map(jsonlLine).join(''), 'gold.jsonl')
    expect(back.problems).toEqual([])
    expect(back.records.map((r) => r.record)).toEqual(records)
  })
})
