import { describe, expect, it } from 'vitest'
import type { ReviewItemView } from '../../../../src-main/api'
import { afterDecision, differencesOf, stepKey, withDecision } from '../../../../src-renderer/review/differences'
import { DECISION_KEYS, DECISIONS, reviewAction } from '../../../../src-renderer/review/review-keys'

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) =>
  reviewAction({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods })

const item = (key: string, cls: ReviewItemView['class'], decision: ReviewItemView['decision'] = null): ReviewItemView => ({ key, class: cls, a: null, b: null, decision })

describe('Review mode keys', () => {
  it('has one distinct key per decision, each deciding it (upper case too)', () => {
    expect(new Set(Object.values(DECISION_KEYS)).size).toBe(DECISIONS.length)
    for (const decision of DECISIONS) {
      expect(press(DECISION_KEYS[decision])).toEqual({ kind: 'decide', decision })
      expect(press(DECISION_KEYS[decision].toUpperCase())).toEqual({ kind: 'decide', decision })
    }
  })

  it('steps with n and p, clears with Backspace or Delete, undoes with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y', () => {
    expect([press('n'), press('p')]).toEqual([
      { kind: 'step', direction: 1 },
      { kind: 'step', direction: -1 },
    ])
    expect([press('Backspace'), press('Delete')]).toEqual([
      { kind: 'decide', decision: null },
      { kind: 'decide', decision: null },
    ])
    expect([press('z', { ctrlKey: true }), press('Z', { ctrlKey: true, shiftKey: true }), press('y', { metaKey: true })]).toEqual([
      { kind: 'undo' },
      { kind: 'redo' },
      { kind: 'redo' },
    ])
  })

  it('leaves other keys and modified letters alone', () => {
    expect([press('1'), press('x'), press('a', { ctrlKey: true }), press('a', { altKey: true }), press('n', { shiftKey: true }), press('Enter')]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ])
  })
})

describe('moving through differences', () => {
  const items = [item('m1', 'match'), item('r', 'relabel'), item('b', 'boundary', 'keep_both'), item('m2', 'match'), item('o', 'only_b')]
  const differences = differencesOf(items)

  it('lists every item but the matches, in order', () => {
    expect(differences.map((d) => d.key)).toEqual(['r', 'b', 'o'])
  })

  it('steps forward and back, from nothing to either end, and stops past the ends', () => {
    expect([stepKey(differences, null, 1), stepKey(differences, null, -1), stepKey(differences, 'r', 1), stepKey(differences, 'b', -1)]).toEqual(['r', 'o', 'b', 'r'])
    expect([stepKey(differences, 'o', 1), stepKey(differences, 'r', -1), stepKey([], null, 1)]).toEqual([null, null, null])
  })

  it('after a decision goes to the next undecided difference, else an earlier one, else stays', () => {
    expect(afterDecision(differences, 'r')).toBe('o')
    expect(afterDecision(differences, 'o')).toBe('r')
    const allDecided = differencesOf(withDecision(withDecision(items, 'r', 'accept_a'), 'o', 'drop_both'))
    expect(afterDecision(allDecided, 'o')).toBe('o')
  })
})
