/** A long document's suggestions share their repeated labels and reasons (suggestions/share-repeats.ts). */
import { describe, expect, it } from 'vitest'
import type { Suggestion } from '../../../../src-main/api'
import { shareRepeats } from '../../../../src-renderer/suggestions/share-repeats'

/** As they arrive: each a copy of its own, as JSON or a structured clone makes them. */
const arrived = (list: Suggestion[]): Suggestion[] => JSON.parse(JSON.stringify(list)) as Suggestion[]

const SENT: Suggestion[] = [
  { start: 0, end: 4, label: 'figure', text: '👩🏽‍💻 3', score: 0.9, reasons: [{ kind: 'rule', rule: 'figure.money' }] },
  { start: 5, end: 9, label: 'figure', text: '𠀀 tỷ', score: 0.8, reasons: [{ kind: 'rule', rule: 'figure.money' }] },
  { start: 10, end: 14, label: 'commitment', text: 'cam kết', score: 0.7, reasons: [{ kind: 'rule', rule: 'figure.money' }, { kind: 'model' }] },
  { start: 15, end: 19, label: 'figure', text: 'năm', score: 0.6, reasons: [{ kind: 'rule', rule: 'figure.year' }] },
  { start: 20, end: 24, label: 'agreement', text: 'ký', score: 0.5, reasons: [{ kind: 'memory', seen: 2 }] },
  { start: 25, end: 29, label: 'agreement', text: 'ký kết', score: 0.5, reasons: [{ kind: 'memory', seen: 3 }] },
  { start: 30, end: 34, label: 'agreement', text: 'ký', score: 0.4, reasons: [{ kind: 'memory', seen: 2 }] },
]

describe('shareRepeats', () => {
  it('keeps every suggestion as it was sent, the same objects in the same order', () => {
    const list = arrived(SENT)
    const objects = [...list]
    expect(shareRepeats(list)).toBe(list)
    expect(list).toEqual(SENT)
    list.forEach((s, i) => expect(s).toBe(objects[i]))
  })

  it('gives equal reason lists one frozen array, and unequal ones their own', () => {
    const list = shareRepeats(arrived(SENT))
    const reasons = list.map((s) => s.reasons)
    expect(reasons[1]).toBe(reasons[0])
    expect(reasons[6]).toBe(reasons[4])
    expect(new Set(reasons).size).toBe(5)
    expect(Object.isFrozen(reasons[0])).toBe(true)
    expect(Object.isFrozen(reasons[0]?.[0])).toBe(true)
  })
})
