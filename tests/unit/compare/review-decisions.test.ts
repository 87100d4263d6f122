import { describe, expect, it } from 'vitest'
import { applyGoldChange, goldSpans, pairSpans, reviewItems, type ReviewDecision } from '../../../src-main/core/compare'
import type { Span } from '../../../src-main/core/model'
import { sp } from './spans'

const names = { a: 'lan', b: 'minh' }
const A = [sp(0, 5, 'figure', 'a1'), sp(10, 20, 'figure', 'a2'), sp(30, 40, 'commitment', 'a3'), sp(50, 55, 'agreement', 'a4')]
const B = [sp(0, 5, 'figure', 'b1'), sp(10, 20, 'commitment', 'b2'), sp(31, 40, 'commitment', 'b3'), sp(60, 65, 'figure', 'b4')]
const pairs = pairSpans(A, B)
const show = (spans: Span[]) => spans.map((s) => `${s.id} ${s.start}-${s.end}:${s.label} ${s.origin}${s.attributes.annotators ? ` ${(s.attributes.annotators as string[]).join('+')}` : ''}`)

describe('review decisions', () => {
  it('key each pair by class and both extents, and leave matches without a decision', () => {
    const items = reviewItems(pairs, { 'match:0-5-figure:0-5-figure': 'drop_both', 'relabel:10-20-figure:10-20-commitment': 'accept_b' })
    expect(items.map((i) => [i.key, i.decision])).toEqual([
      ['match:0-5-figure:0-5-figure', null],
      ['relabel:10-20-figure:10-20-commitment', 'accept_b'],
      ['boundary:30-40-commitment:31-40-commitment', null],
      ['only_a:50-55-agreement:', null],
      ['only_b::60-65-figure', null],
    ])
  })

  it("leave the document as A's before any decision", () => {
    expect(goldSpans(reviewItems(pairs, {}), names)).toEqual(A)
  })

  it.each<[ReviewDecision, string[]]>([
    ['accept_a', ['a1 0-5:figure merged lan+minh', 'a2 10-20:figure merged lan', 'a3 30-40:commitment manual', 'a4 50-55:agreement manual']],
    ['accept_b', ['a1 0-5:figure merged lan+minh', 'b2 10-20:commitment merged minh', 'a3 30-40:commitment manual', 'a4 50-55:agreement manual']],
    ['keep_both', ['a1 0-5:figure merged lan+minh', 'b2 10-20:commitment merged minh', 'a2 10-20:figure merged lan', 'a3 30-40:commitment manual', 'a4 50-55:agreement manual']],
    ['drop_both', ['a1 0-5:figure merged lan+minh', 'a3 30-40:commitment manual', 'a4 50-55:agreement manual']],
  ])('build the gold of a relabel decided %s, merging matches and keeping A on undecided ones', (decision, expected) => {
    expect(show(goldSpans(reviewItems(pairs, { 'relabel:10-20-figure:10-20-commitment': decision }), names))).toEqual(expected)
  })

  it('take a one-sided span in or leave it out', () => {
    const gold = goldSpans(reviewItems(pairs, { 'only_b::60-65-figure': 'accept_b', 'only_a:50-55-agreement:': 'drop_both' }), names)
    expect(show(gold)).toEqual(['a1 0-5:figure merged lan+minh', 'a2 10-20:figure manual', 'a3 30-40:commitment manual', 'b4 60-65:figure merged minh'])
  })

  it('rename a B span whose id A already uses', () => {
    const gold = goldSpans(reviewItems(pairSpans([sp(0, 5, 'figure', 'x')], [sp(0, 5, 'agreement', 'x')]), { 'relabel:0-5-figure:0-5-agreement': 'keep_both' }), names)
    expect(gold.map((s) => [s.id, s.label])).toEqual([
      ['x-2', 'agreement'],
      ['x', 'figure'],
    ])
  })

  it('move a document from one gold to the next without undoing spans edited by hand', () => {
    const before = goldSpans(reviewItems(pairs, {}), names)
    const after = goldSpans(reviewItems(pairs, { 'relabel:10-20-figure:10-20-commitment': 'accept_b' }), names)
    const byHand = sp(70, 75, 'figure', 'hand')
    const current = [...before.filter((s) => s.id !== 'a4'), byHand]
    const next = applyGoldChange(current, before, after)
    expect(show(next)).toEqual(['a1 0-5:figure merged lan+minh', 'b2 10-20:commitment merged minh', 'a3 30-40:commitment manual', 'hand 70-75:figure manual'])
    // Undo: back to the first gold, the hand-made span still there.
    expect(applyGoldChange(next, after, before)).toEqual([...A.filter((s) => s.id !== 'a4'), byHand])
  })
})
