import { describe, expect, it } from 'vitest'
import { createLearner, learnerFromJSON } from '../../../src-main/core/suggest/learner'
import { WordCache } from '../../../src-main/core/suggest/word-cache'
import { doc, productDoc, spansOf } from './fixtures'

const PRODUCTS = ['cà phê', 'hồ tiêu', 'gạo', 'cao su']
const corpus = [0, 1, 2, 3].map((i) => productDoc(`d${i}`, i, PRODUCTS))

describe('one model for every label', () => {
  it('a label first met in an accept after training leaves the other labels as they were, and survives a reload', () => {
    const learner = createLearner(['product'])
    learner.train(corpus)
    const probe = doc('p', 'Giá cà phê và hồ tiêu tăng; Thành phố Huế mua gạo.')
    const before = learner.suggest(probe, [], [], { defaultThreshold: 0 })
    const a = doc('a', 'Thành phố Huế mua cao su.')
    learner.accept(a, spansOf(a.text, 'Thành phố Huế', 'place')[0]!)
    expect(learner.labels).toEqual(['place', 'product'])
    const after = learner.suggest(probe, [], [], { defaultThreshold: 0 })
    expect(after.filter((s) => s.label === 'product')).toEqual(before)
    expect(after.some((s) => s.label === 'place' && s.text === 'Thành phố Huế')).toBe(true)
    const back = learnerFromJSON(JSON.parse(JSON.stringify(learner.toJSON())))
    expect(back.suggest(probe, [], [], { defaultThreshold: 0 })).toEqual(after)
  })

  it('remembers a span that ends the document', () => {
    const texts = ['Nông dân bán cà phê', 'Giá tăng vì hồ tiêu']
    const docs = texts.map((t, i) => ({ doc: doc(`e${i}`, t), spans: [...spansOf(t, 'cà phê', 'product'), ...spansOf(t, 'hồ tiêu', 'product')] }))
    const learner = createLearner([])
    learner.train(docs)
    expect(learner.toJSON().memory.map(([phrase]) => phrase)).toEqual(['cà phê', 'hồ tiêu'])
  })
})

describe('word cache', () => {
  it('gives each distinct word of a text once, found in place, astral characters included', () => {
    const cache = new WordCache((word) => ({ word, calls: 1 }))
    const text = 'gạo 𠀋 gạo Gạo 𠀋'
    const at = (from: number, to: number) => cache.at(text, from, to)
    expect(at(0, 3).word).toBe('gạo')
    expect(at(7, 10)).toBe(at(0, 3))
    expect(at(11, 14).word).toBe('Gạo')
    expect(at(4, 6).word).toBe('𠀋')
    expect(at(15, 17)).toBe(at(4, 6))
  })
})
