import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applySpanEdits, type SpanEditContext } from '../../../src-main/core/apply-span-edits'
import { SpanwrightError } from '../../../src-main/core/errors'
import { invertSpanEdits } from '../../../src-main/core/invert-span-edits'
import { DEFAULT_LABELS } from '../../../src-main/core/model/label'
import { compareSpans, type Span } from '../../../src-main/core/model/span'
import { SpanEdit } from '../../../src-main/core/model/span-edit'
import { createOffsetMap } from '../../../src-main/core/offsets'
import { tokenize } from '../../../src-main/core/tokens'
import { pySlice } from './arbitraries'

const T0 = '2026-11-23T08:00:00.000Z'
const T1 = '2026-11-23T09:00:00.000Z'
const TEXT = 'Nhật Bản cam kết hỗ trợ 1.500 tỷ đồng.\nHai bên ký 05 văn kiện 👩‍👩‍👧 năm 2050.'
const MAP = createOffsetMap(TEXT)
const TOKENS = tokenize(TEXT)
const ctx: SpanEditContext = { now: T1, annotator: 'minh', labels: DEFAULT_LABELS, docId: '0123456789abcdef' }

const at = (needle: string): { start: number; end: number } => {
  const i = TEXT.indexOf(needle)
  const start = [...TEXT.slice(0, i)].length
  return { start, end: start + [...needle].length }
}

function span(id: string, needle: string, label = 'figure'): Span {
  const { start, end } = at(needle)
  return { id, start, end, label, text: needle, attributes: {}, note: '', annotator: 'lan', origin: 'manual', created_at: T0, updated_at: T0 }
}

const BASE = [span('a', 'Nhật Bản cam kết hỗ trợ 1.500 tỷ đồng', 'commitment'), span('b', '1.500 tỷ đồng'), span('c', '05 văn kiện')].sort(compareSpans)

function thrown(fn: () => unknown): SpanwrightError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(SpanwrightError)
    return e as SpanwrightError
  }
  throw new Error('expected a SpanwrightError')
}

describe('applySpanEdits', () => {
  it('adds, updates and removes in one step, keeping docs/format.md order and each span text equal to its offsets', () => {
    const edits: SpanEdit[] = [
      { op: 'add', span: { id: 'd', ...at('năm 2050'), label: 'figure', attributes: { value: 2050, unit: 'năm' } } },
      { op: 'update', id: 'b', ...at('1.500 tỷ'), attributes: { value: 1.5e12 }, note: 'ước tính' },
      { op: 'remove', id: 'c' },
    ]
    const result = applySpanEdits(MAP, BASE, edits, ctx)
    expect(result.spans.map((s) => s.id)).toEqual(['a', 'b', 'd'])
    expect([...result.spans].sort(compareSpans)).toEqual(result.spans)
    for (const s of result.spans) expect(s.text).toBe(pySlice(TEXT, s.start, s.end))
    expect(result.removed).toEqual(['c'])
    expect(result.changed.map((s) => s.id)).toEqual(['b', 'd'])
    expect(result.spans.find((s) => s.id === 'b')).toMatchObject({ text: '1.500 tỷ', note: 'ước tính', attributes: { value: 1.5e12 }, created_at: T0, updated_at: T1, annotator: 'lan' })
    expect(result.spans.find((s) => s.id === 'd')).toMatchObject({ annotator: 'minh', origin: 'manual', created_at: T1, updated_at: T1, note: '' })
    expect(BASE.map((s) => s.id)).toEqual(['a', 'b', 'c']) // the input is left alone
  })

  it('refuses the whole list when one edit is wrong, saying why and where', () => {
    const bad: Array<[SpanEdit[], string, RegExp]> = [
      [[{ op: 'remove', id: 'zz' }], 'not_found', /document 0123456789abcdef has no span zz/],
      [[{ op: 'add', span: { id: 'a', ...at('Hai'), label: 'figure' } }], 'invalid_argument', /already has a span a/],
      [[{ op: 'add', span: { id: 'x', ...at('05 văn kiện'), label: 'figure' } }], 'invalid_argument', /already has a figure span/],
      [[{ op: 'add', span: { id: 'x', start: 0, end: 3, label: 'nope' } }], 'invalid_argument', /unknown label "nope"/],
      [[{ op: 'update', id: 'c', end: at('05 ').end }], 'invalid_argument', /whitespace/],
      [[{ op: 'update', id: 'c', start: at('👩‍👩‍👧').start + 1, end: at('👩‍👩‍👧').end }], 'invalid_argument', /grapheme/],
      [[{ op: 'update', id: 'b', attributes: { value: 'nhiều' } }], 'invalid_argument', /"value" must be a number/],
      [[{ op: 'update', id: 'a', attributes: { parties: ['Nhật Bản', ''] } }], 'invalid_argument', /"parties" must be a list/],
      [
        [
          { op: 'add', span: { id: 'x', ...at('Hai bên'), label: 'agreement' } },
          { op: 'add', span: { id: 'y', ...at('Hai bên'), label: 'agreement' } },
        ],
        'invalid_argument',
        /would have two agreement spans/,
      ],
    ]
    for (const [edits, code, message] of bad) {
      const error = thrown(() => applySpanEdits(MAP, BASE, edits, ctx))
      expect(error.code, JSON.stringify(edits)).toBe(code)
      expect(error.message).toMatch(message)
    }
  })

  it('keeps attributes a label does not define, and accepts a relabel that swaps two spans', () => {
    const imported = { ...span('e', 'Hai bên', 'agreement'), attributes: { confidence: 'high' } }
    const result = applySpanEdits(MAP, [...BASE, imported].sort(compareSpans), [{ op: 'update', id: 'e', attributes: { confidence: 'low', parties: ['Nhật Bản', 'Việt Nam'] } }], ctx)
    expect(result.changed[0]?.attributes).toEqual({ confidence: 'low', parties: ['Nhật Bản', 'Việt Nam'] })
    const twins = [span('p', 'Hai bên', 'agreement'), span('q', 'Hai bên', 'commitment')].sort(compareSpans)
    const swapped = applySpanEdits(MAP, twins, [{ op: 'update', id: 'p', label: 'commitment' }, { op: 'update', id: 'q', label: 'agreement' }], ctx)
    expect(swapped.spans.map((s) => [s.id, s.label])).toEqual([['q', 'agreement'], ['p', 'commitment']])
  })

  it('undoing any valid list of edits with its inverse gives back the spans as they were', () => {
    const newIds = ['n1', 'n2', 'n3', 'n4']
    const tokenRange = fc.tuple(fc.nat(TOKENS.length - 1), fc.nat(3)).map(([i, len]) => {
      const first = TOKENS[i] as [number, number]
      const last = TOKENS[Math.min(TOKENS.length - 1, i + len)] as [number, number]
      return { start: first[0], end: last[1] }
    })
    const label = fc.constantFrom('commitment', 'agreement', 'figure')
    const edit = fc.oneof(
      fc.record({ op: fc.constant('add' as const), id: fc.constantFrom(...newIds), range: tokenRange, label }),
      fc.record({ op: fc.constant('update' as const), id: fc.constantFrom('a', 'b', 'c', ...newIds), range: fc.option(tokenRange), label: fc.option(label), note: fc.option(fc.string()) }),
      fc.record({ op: fc.constant('remove' as const), id: fc.constantFrom('a', 'b', 'c', ...newIds) }),
    )
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (raw) => {
        const edits: SpanEdit[] = raw.map((e) =>
          e.op === 'add'
            ? { op: 'add', span: { id: e.id, ...e.range, label: e.label } }
            : e.op === 'remove'
              ? { op: 'remove', id: e.id }
              : { op: 'update', id: e.id, ...(e.range ?? {}), ...(e.label ? { label: e.label } : {}), ...(e.note !== null ? { note: e.note } : {}) },
        )
        let after: Span[]
        try {
          after = applySpanEdits(MAP, BASE, edits, ctx).spans
        } catch (error) {
          expect(error).toBeInstanceOf(SpanwrightError)
          return
        }
        const inverse = invertSpanEdits(new Map(BASE.map((s) => [s.id, s])), edits)
        for (const e of inverse) SpanEdit.parse(e)
        const back = applySpanEdits(MAP, after, inverse, ctx).spans
        const comparable = (list: Span[]) => list.map(({ updated_at: _u, ...rest }) => rest)
        expect(comparable(back)).toEqual(comparable(BASE))
        // Removed and re-added spans come back with every field, timestamps included.
        for (const s of back) if (!edits.some((e) => e.op === 'update' && e.id === s.id)) expect(s.updated_at).toBe(BASE.find((b) => b.id === s.id)?.updated_at)
      }),
      { numRuns: 300 },
    )
  })

  it('gives every span in docs/format.md order, whatever the order it was given, however many edits (one or two go in by binary search, many by a merge)', () => {
    const tokenRange = fc.tuple(fc.nat(TOKENS.length - 1), fc.nat(2)).map(([i, len]) => {
      const first = TOKENS[i] as [number, number]
      const last = TOKENS[Math.min(TOKENS.length - 1, i + len)] as [number, number]
      return { start: first[0], end: last[1] }
    })
    const label = fc.constantFrom('commitment', 'agreement', 'figure')
    let many = 0
    const spanList = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,3}$/), range: tokenRange, label }), { selector: (s) => s.id, maxLength: 40, size: 'max' })
    fc.assert(
      fc.property(spanList, fc.boolean(), fc.array(fc.constantFrom('keep', 'update', 'remove')), fc.array(fc.tuple(tokenRange, label), { maxLength: 20, size: 'max' }), (raw, shuffled, fates, adds) => {
        // No two spans, given or added, alike in start, end and label: that is refused, and this is about order.
        const seen = new Set<string>()
        const fresh = ({ start, end }: { start: number; end: number }, l: string): boolean => !seen.has(`${start}:${end}:${l}`) && !!seen.add(`${start}:${end}:${l}`)
        const given = raw.filter((r) => fresh(r.range, r.label)).map((r) => ({ ...span(r.id, 'Nhật'), ...r.range, label: r.label, text: MAP.slice(r.range.start, r.range.end) }))
        const spans = shuffled ? given : [...given].sort(compareSpans)
        const copy = structuredClone(spans)
        // Each span kept, relabelled or removed, and new ones added: up to 60 edits in one step.
        const edits: SpanEdit[] = [
          ...given.flatMap((s, i): SpanEdit[] => {
            const fate = fates[i % Math.max(1, fates.length)] ?? 'keep'
            return fate === 'update' ? [{ op: 'update', id: s.id, note: 'sửa' }] : fate === 'remove' ? [{ op: 'remove', id: s.id }] : []
          }),
          ...adds.filter(([range, l]) => fresh(range, l)).map(([range, l], i): SpanEdit => ({ op: 'add', span: { id: `new${i}`, ...range, label: l } })),
        ]
        let result
        try {
          result = applySpanEdits(MAP, spans, edits, ctx)
        } catch (error) {
          expect(error).toBeInstanceOf(SpanwrightError)
          return
        }
        const touched = new Set(edits.map((e) => (e.op === 'add' ? e.span.id : e.id)))
        const expected = [...spans.filter((s) => !touched.has(s.id)), ...result.changed].sort(compareSpans)
        expect(result.spans).toEqual(expected)
        expect(spans).toEqual(copy)
        if (result.changed.length > 16) many++
      }),
      { numRuns: 400 },
    )
    expect(many).toBeGreaterThan(10)
  })

  it('puts each changed span in its place among the others, whether the list is short (a scan) or long (an index)', () => {
    // Many spans (every token, in one of three labels) and up to 40 edits: both ways of finding spans by id run.
    const labels = ['commitment', 'agreement', 'figure']
    const many: Span[] = TOKENS.map(([start, end], i) => ({ ...span(`t${i}`, 'Hai'), start, end, label: labels[i % 3] as string, text: MAP.slice(start, end) })).sort(compareSpans)
    const edit = fc.oneof(
      fc.record({ op: fc.constant('remove' as const), i: fc.nat(many.length - 1) }),
      fc.record({ op: fc.constant('update' as const), i: fc.nat(many.length - 1), token: fc.nat(TOKENS.length - 1), label: fc.constantFrom(...labels) }),
      fc.record({ op: fc.constant('add' as const), i: fc.nat(999), token: fc.nat(TOKENS.length - 1), label: fc.constantFrom(...labels) }),
    )
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (raw) => {
        const edits: SpanEdit[] = raw.map((e) => {
          const [start, end] = TOKENS[e.op === 'remove' ? 0 : e.token] as [number, number]
          if (e.op === 'remove') return { op: 'remove', id: `t${e.i}` }
          if (e.op === 'update') return { op: 'update', id: `t${e.i}`, start, end, label: e.label }
          return { op: 'add', span: { id: `n${e.i}`, start, end, label: e.label } }
        })
        let result: ReturnType<typeof applySpanEdits>
        try {
          result = applySpanEdits(MAP, many, edits, ctx)
        } catch (error) {
          expect(error).toBeInstanceOf(SpanwrightError)
          return
        }
        // What the step must give: the last word of each touched id, the others as they were, all in format.md's order.
        const last = new Map<string, SpanEdit>()
        for (const e of edits) last.set(e.op === 'add' ? e.span.id : e.id, e)
        const kept = many.filter((s) => !last.has(s.id))
        expect(result.spans).toEqual([...kept, ...result.changed].sort(compareSpans))
        expect(result.changed.map((s) => s.id).sort()).toEqual([...last].filter(([, e]) => e.op !== 'remove').map(([id]) => id).sort())
        expect(result.removed.sort()).toEqual([...last].filter(([, e]) => e.op === 'remove').map(([id]) => id).sort())
      }),
      { numRuns: 300 },
    )
  })
})
