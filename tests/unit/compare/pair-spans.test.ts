import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pairSpans } from '../../../src-main/core/compare'
import type { Span } from '../../../src-main/core/model'
import { describePair, sp } from './spans'

const pairs = (a: Span[], b: Span[]): string[] => pairSpans(a, b).map(describePair)

describe('pairSpans (docs/format.md pairing)', () => {
  it('classifies each kind of difference', () => {
    expect(
      pairs(
        [sp(0, 5, 'figure'), sp(10, 15, 'figure'), sp(20, 25, 'figure'), sp(40, 45, 'figure')],
        [sp(0, 5, 'figure'), sp(10, 15, 'commitment'), sp(21, 26, 'figure'), sp(60, 65, 'agreement')],
      ),
    ).toEqual([
      'match a0-5:figure b0-5:figure',
      'relabel a10-15:figure b10-15:commitment',
      'boundary a20-25:figure b21-26:figure',
      'only_a a40-45:figure -',
      'only_b - b60-65:agreement',
    ])
  })

  it('pairs one A span with the earlier of two B spans that overlap it equally', () => {
    expect(pairs([sp(10, 20, 'figure')], [sp(5, 15, 'figure'), sp(15, 25, 'figure')])).toEqual([
      'boundary a10-20:figure b5-15:figure',
      'only_b - b15-25:figure',
    ])
  })

  it('pairs one B span with the earlier of two A spans it overlaps equally', () => {
    expect(pairs([sp(0, 10, 'commitment'), sp(10, 20, 'commitment')], [sp(5, 15, 'commitment')])).toEqual([
      'boundary a0-10:commitment b5-15:commitment',
      'only_a a10-20:commitment -',
    ])
  })

  it('pairs by largest overlap first, even when an earlier A span also overlaps', () => {
    // Nested A spans of one label: B overlaps the outer one by 11, the inner one by 10.
    expect(pairs([sp(0, 60, 'agreement'), sp(5, 15, 'agreement')], [sp(4, 15, 'agreement')])).toEqual([
      'boundary a0-60:agreement b4-15:agreement',
      'only_a a5-15:agreement -',
    ])
  })

  it('takes exact matches before relabels and relabels before boundary pairs', () => {
    expect(pairs([sp(0, 20, 'figure'), sp(0, 20, 'commitment')], [sp(0, 20, 'commitment')])).toEqual([
      'match a0-20:commitment b0-20:commitment',
      'only_a a0-20:figure -',
    ])
    expect(pairs([sp(0, 20, 'figure')], [sp(0, 20, 'commitment'), sp(0, 23, 'figure')])).toEqual([
      'relabel a0-20:figure b0-20:commitment',
      'only_b - b0-23:figure',
    ])
  })

  it('gives a relabel to the earliest B span in (start, end, label) order', () => {
    // Listed in text order: the pair sits at A's span, which sorts after "commitment".
    expect(pairs([sp(0, 20, 'figure')], [sp(0, 20, 'commitment'), sp(0, 20, 'agreement')])).toEqual([
      'only_b - b0-20:commitment',
      'relabel a0-20:figure b0-20:agreement',
    ])
  })

  it('pairs nested and crossing spans of different labels independently', () => {
    expect(
      pairs(
        [sp(0, 60, 'commitment'), sp(20, 30, 'figure'), sp(100, 120, 'agreement')],
        [sp(0, 60, 'commitment'), sp(22, 33, 'figure'), sp(110, 130, 'agreement')],
      ),
    ).toEqual(['match a0-60:commitment b0-60:commitment', 'boundary a20-30:figure b22-33:figure', 'boundary a100-120:agreement b110-130:agreement'])
  })

  it('never pairs spans that only touch (end is exclusive) or differ in label without sharing an extent', () => {
    expect(pairs([sp(0, 10, 'figure'), sp(20, 30, 'figure')], [sp(10, 20, 'figure'), sp(20, 31, 'commitment')])).toEqual([
      'only_a a0-10:figure -',
      'only_b - b10-20:figure',
      'only_a a20-30:figure -',
      'only_b - b20-31:commitment',
    ])
  })

  it('pairs duplicated spans one to one', () => {
    expect(pairs([sp(0, 5, 'figure', 'x'), sp(0, 5, 'figure', 'y')], [sp(0, 5, 'figure')])).toEqual([
      'match a0-5:figure b0-5:figure',
      'only_a a0-5:figure -',
    ])
  })

  const LABELS = ['agreement', 'commitment', 'figure']
  const spanArb = fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(...LABELS))
    .map(([start, length, label]) => sp(start, start + length, label))
  const sideArb = fc.array(spanArb, { maxLength: 14 })

  it('puts every span of both sides in exactly one pair of a class that fits it (property)', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (a, b) => {
        const result = pairSpans(a, b)
        expect(result.flatMap((p) => (p.a ? [p.a] : [])).sort((x, y) => x.id.localeCompare(y.id))).toEqual([...a].sort((x, y) => x.id.localeCompare(y.id)))
        expect(result.flatMap((p) => (p.b ? [p.b] : [])).sort((x, y) => x.id.localeCompare(y.id))).toEqual([...b].sort((x, y) => x.id.localeCompare(y.id)))
        for (const { class: cls, a: x, b: y } of result) {
          if (cls === 'only_a' || cls === 'only_b') continue
          expect(x && y).toBeTruthy()
          if (!x || !y) return
          const sameExtent = x.start === y.start && x.end === y.end
          if (cls === 'match') expect(sameExtent && x.label === y.label).toBe(true)
          if (cls === 'relabel') expect(sameExtent && x.label !== y.label).toBe(true)
          if (cls === 'boundary') expect(!sameExtent && x.label === y.label && Math.max(x.start, y.start) < Math.min(x.end, y.end)).toBe(true)
        }
        // Nothing left unpaired could still have been an exact match or a boundary pair.
        const leftA = result.filter((p) => p.class === 'only_a').map((p) => p.a as Span)
        const leftB = result.filter((p) => p.class === 'only_b').map((p) => p.b as Span)
        for (const x of leftA) for (const y of leftB) expect(x.label === y.label && Math.max(x.start, y.start) < Math.min(x.end, y.end)).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('finds every span matching when a side is compared with itself (property)', () => {
    fc.assert(
      fc.property(sideArb, (a) => {
        const unique = a.filter((s, k) => a.findIndex((o) => o.start === s.start && o.end === s.end && o.label === s.label) === k)
        const copy = unique.map((s) => ({ ...s, id: `copy-${s.id}` }))
        expect(pairSpans(unique, copy).map((p) => p.class)).toEqual(unique.map(() => 'match'))
      }),
      { numRuns: 200 },
    )
  })
})
