import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLearner, learnerFromJSON } from '../../../src-main/core/suggest/learner'
import type { RuleHit } from '../../../src-main/core/suggest/types'
import { codePoints, pySlice, realisticText } from '../core/arbitraries'
import { doc, productDoc, spansOf } from './fixtures'

const PRODUCTS = ['cà phê', 'hồ tiêu', 'gạo', 'cao su']
const corpus = [0, 1, 2, 3].map((i) => productDoc(`d${i}`, i, PRODUCTS))
const keyOf = (s: { start: number; end: number; label: string }): string => `${s.start}:${s.end}:${s.label}`

describe('learner', () => {
  it('learns a label the analyst added from a few documents and finds it where it recurs', () => {
    const learner = createLearner(['figure'])
    learner.train(corpus)
    expect(learner.labels).toEqual(['figure', 'product'])
    const fresh = doc('new', 'Giá cà phê tăng mạnh.\nXuất khẩu gạo và cao su giảm trong quý.')
    const found = learner.suggest(fresh).filter((s) => s.label === 'product')
    expect(found.map((s) => s.text)).toEqual(['cà phê', 'gạo', 'cao su'])
    expect(found[0]?.reasons[0]).toEqual({ kind: 'memory', seen: expect.any(Number) })
  })

  it('offers an accepted phrase in other documents at once', () => {
    const learner = createLearner(['product'])
    learner.train(corpus)
    const a = doc('a', 'Nông dân trồng sầu riêng ở Tây Nguyên.')
    expect(learner.suggest(a).some((s) => s.text === 'sầu riêng')).toBe(false)
    learner.accept(a, spansOf(a.text, 'sầu riêng', 'product')[0]!)
    const b = doc('b', 'Giá sầu riêng giảm.')
    expect(learner.suggest(b).map((s) => [s.text, s.label])).toContainEqual(['sầu riêng', 'product'])
  })

  it('never offers a rejected suggestion again in that document, and scores it lower elsewhere', () => {
    const learner = createLearner(['product'])
    learner.train(corpus)
    const a = doc('a', 'Giá gạo tăng.')
    const before = learner.suggest(doc('b', 'Giá gạo giảm.')).find((s) => s.text === 'gạo')
    const offered = learner.suggest(a).find((s) => s.text === 'gạo')!
    learner.reject({ documentId: 'a', start: offered.start, end: offered.end, label: 'product' }, a)
    expect(learner.suggest(a, [], [], { defaultThreshold: 0 }).some((s) => keyOf(s) === keyOf(offered))).toBe(false)
    const after = learner.suggest(doc('b', 'Giá gạo giảm.'), [], [], { defaultThreshold: 0 }).find((s) => s.text === 'gạo')
    expect(after?.score ?? 0).toBeLessThan(before!.score)
  })

  it('passes rule hits through with their prior confidence when nothing is trained', () => {
    const d = doc('x', 'Hai bên ký 05 văn kiện.')
    const hit: RuleHit = { start: 11, end: 13, label: 'figure', rule: 'figure.number', confidence: 0.8 }
    expect(createLearner([]).suggest(d, [hit])).toEqual([
      { start: 11, end: 13, label: 'figure', text: '05', score: 0.8, reasons: [{ kind: 'rule', rule: 'figure.number' }] },
    ])
  })

  it('is deterministic: the same workspace gives the same JSON, and the JSON the same suggestions', () => {
    const one = createLearner(['product'])
    const two = createLearner(['product'])
    one.train(corpus)
    two.train([...corpus])
    expect(JSON.stringify(one.toJSON())).toBe(JSON.stringify(two.toJSON()))
    const a = doc('a', 'Giá gạo tăng.')
    one.accept(a, spansOf(a.text, 'Giá', 'product')[0]!)
    const back = learnerFromJSON(JSON.parse(JSON.stringify(one.toJSON())))
    expect(JSON.stringify(back.toJSON())).toBe(JSON.stringify(one.toJSON()))
    const probe = doc('p', 'Giá cà phê và hồ tiêu tăng; Giá gạo giảm.')
    expect(back.suggest(probe, [], [], { defaultThreshold: 0 })).toEqual(one.suggest(probe, [], [], { defaultThreshold: 0 }))
  })

  it('changes its fingerprint with what it was trained on, and with every accept or reject', () => {
    const a = createLearner(['product'])
    a.train(corpus)
    const b = createLearner(['product'])
    b.train(corpus.slice(1))
    expect(a.toJSON().fingerprint).not.toBe(b.toJSON().fingerprint)
    const before = a.toJSON().fingerprint
    const d = doc('z', 'Giá gạo tăng.')
    a.accept(d, spansOf(d.text, 'gạo', 'product')[0]!)
    expect(a.toJSON().fingerprint).not.toBe(before)
    expect(a.toJSON().trainedOn).toBe(before)
  })

  it('suggests only spans inside the text, on token boundaries, scored in [0, 1], with code point offsets', () => {
    const learner = createLearner(['product'])
    learner.train(corpus)
    fc.assert(
      fc.property(realisticText, fc.nat(), (text, seed) => {
        const d = doc('r', text)
        const cps = codePoints(text).length
        // Teach one token of the text itself, so memory and model have something to find.
        const tok = d.tokens[seed % Math.max(1, d.tokens.length)]
        if (tok) learner.accept(d, { start: tok[0], end: tok[1], label: 'product' })
        const starts = new Set(d.tokens.map((t) => t[0]))
        const ends = new Set(d.tokens.map((t) => t[1]))
        for (const s of learner.suggest(d, [], [], { defaultThreshold: 0 })) {
          expect(s.start).toBeGreaterThanOrEqual(0)
          expect(s.end).toBeLessThanOrEqual(cps)
          expect(starts.has(s.start) && ends.has(s.end)).toBe(true)
          expect(s.score).toBeGreaterThanOrEqual(0)
          expect(s.score).toBeLessThanOrEqual(1)
          expect(s.text).toBe(pySlice(text, s.start, s.end))
        }
      }),
      { numRuns: 150 },
    )
  })

  it('finds a learnt phrase after emoji and astral CJK at its code point offsets', () => {
    const learner = createLearner([])
    learner.train(corpus)
    const text = '👩‍👩‍👧 𠀋 Giá cà phê tăng 👍🏽'
    const found = learner.suggest(doc('e', text)).find((s) => s.label === 'product')
    expect(found && pySlice(text, found.start, found.end)).toBe('cà phê')
    expect(found?.start).toBe(12)
  })
})

describe('the sequence model', () => {
  it('generalizes from shape and context: a number it has never seen is suggested by the model', () => {
    const texts = [0, 1, 2, 3, 4, 5].map((i) => `Năm nay tỉnh xuất khẩu ${12 + i * 97} tấn gạo, tăng ${3 + i} lần.\nCông ty mở thêm nhà máy mới ở phía bắc.`)
    const docs = texts.map((t, i) => {
      const d = doc(`n${i}`, t)
      const spans = d.tokens.filter(([a, b]) => /^\d+$/.test(pySlice(t, a, b))).map(([start, end]) => ({ start, end, label: 'figure' }))
      return { doc: d, spans }
    })
    const learner = createLearner(['figure'])
    learner.train(docs)
    const out = learner.suggest(doc('q', 'Năm nay tỉnh xuất khẩu 987 tấn gạo.'))
    expect(out.map((s) => [s.text, s.reasons])).toEqual([['987', [{ kind: 'model' }]]])
  })
})

describe('editing a suggestion', () => {
  it('remembers the corrected extent and changes the fingerprint', () => {
    const learner = createLearner(['product'])
    learner.train(corpus)
    const a = doc('a', 'Giá cà phê Robusta tăng.')
    const before = learner.toJSON().fingerprint
    learner.edit(a, spansOf(a.text, 'cà phê', 'product')[0]!, spansOf(a.text, 'cà phê Robusta', 'product')[0]!)
    expect(learner.toJSON().fingerprint).not.toBe(before)
    expect(learner.toJSON().memory).toContainEqual(['cà phê Robusta', 'product', 1, 0, 0])
  })
})
