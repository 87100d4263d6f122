/**
 * Merging two or more annotators' files into one gold file. Every kept span has
 * origin "merged" and lists the annotators who had it (merged-span.ts).
 * - union: every distinct span (start, end, label) of any input.
 * - majority: a span more than half of the inputs holding the document have; one
 *   exactly half have is a conflict the strategy cannot settle.
 * - prefer-first: the first input's spans, then each later input's spans paired
 *   against them (docs/format.md's pairing): a relabel or boundary disagreement keeps
 *   the earlier span; a span without counterpart is added.
 */
import type { CanonicalRecord } from '../model/canonical-record'
import { canonicalSpan, compareSpans, type Span } from '../model/span'
import { mergedSpan, withUniqueIds } from './merged-span'
import { pairSpans } from './pair-spans'

export const MERGE_STRATEGIES = ['union', 'majority', 'prefer-first'] as const
export type MergeStrategy = (typeof MERGE_STRATEGIES)[number]

export interface MergeInput {
  /** Who made this input: recorded on every merged span it contributed to. */
  name: string
  records: readonly CanonicalRecord[]
}

export interface MergeConflict {
  docId: string
  title: string
  /** The disputed span (as the first input that had it wrote it). */
  span: Span
  had: string[]
  without: string[]
}

export interface MergeResult {
  /** The first input's documents in its order, then documents new in each later input. */
  records: CanonicalRecord[]
  conflicts: MergeConflict[]
}

interface Vote {
  span: Span
  names: string[]
}

export function mergeRecords(inputs: readonly MergeInput[], strategy: MergeStrategy): MergeResult {
  const conflicts: MergeConflict[] = []
  const byId = inputs.map((input) => new Map(input.records.map((r) => [r.id, r])))
  const records = documentIds(inputs).map((id) => {
    const holders = inputs.flatMap((input, k) => {
      const record = byId[k]?.get(id)
      return record ? [{ name: input.name, record }] : []
    })
    const first = (holders[0] as (typeof holders)[number]).record
    let kept: Vote[]
    if (strategy === 'prefer-first') kept = preferFirst(holders.map((h) => ({ name: h.name, spans: h.record.spans })))
    else {
      const votes = tally(holders.map((h) => ({ name: h.name, spans: h.record.spans })))
      const n = holders.length
      kept = strategy === 'union' ? votes : votes.filter((v) => 2 * v.names.length > n)
      if (strategy === 'majority') {
        for (const v of votes.filter((x) => 2 * x.names.length === n)) {
          const without = holders.map((h) => h.name).filter((name) => !v.names.includes(name))
          conflicts.push({ docId: id, title: first.title, span: v.span, had: v.names, without })
        }
      }
    }
    // Ids are settled in input order, so the first input's spans keep theirs.
    const spans = withUniqueIds(kept.map((v) => mergedSpan(v.span, v.names)))
    const annotator = [...new Set(holders.map((h) => h.name))].join('+')
    return withSpans(first, annotator, spans)
  })
  return { records, conflicts }
}

function documentIds(inputs: readonly MergeInput[]): string[] {
  const ids = new Set<string>()
  for (const input of inputs) for (const r of input.records) ids.add(r.id)
  return [...ids]
}

/** Every distinct (start, end, label) with the inputs that have it, first holder's span kept. */
function tally(sides: ReadonlyArray<{ name: string; spans: readonly Span[] }>): Vote[] {
  const votes = new Map<string, Vote>()
  for (const side of sides) {
    for (const span of [...side.spans].sort(compareSpans)) {
      const key = `${span.start}:${span.end}:${span.label}`
      const vote = votes.get(key)
      if (!vote) votes.set(key, { span, names: [side.name] })
      else if (!vote.names.includes(side.name)) vote.names.push(side.name)
    }
  }
  return [...votes.values()]
}

function preferFirst(sides: ReadonlyArray<{ name: string; spans: readonly Span[] }>): Vote[] {
  const [first, ...later] = sides
  let kept: Vote[] = tally(first ? [first] : [])
  for (const side of later) {
    const bySpan = new Map(kept.map((v) => [v.span, v]))
    const next = [...kept]
    for (const pair of pairSpans(kept.map((v) => v.span), side.spans)) {
      if (pair.class === 'match' && pair.a) {
        const vote = bySpan.get(pair.a) as Vote
        if (!vote.names.includes(side.name)) vote.names.push(side.name)
      } else if (pair.class === 'only_b' && pair.b) next.push({ span: pair.b, names: [side.name] })
    }
    kept = next
  }
  return kept
}

/** The record with other spans, keys in the contract's order. */
function withSpans(r: CanonicalRecord, annotator: string, spans: readonly Span[]): CanonicalRecord {
  return {
    id: r.id,
    title: r.title,
    source: r.source,
    text: r.text,
    text_sha256: r.text_sha256,
    offsets: { unit: 'codepoint', end: 'exclusive', normalization: 'NFC' },
    annotator,
    status: r.status,
    tokens: r.tokens,
    spans: [...spans].sort(compareSpans).map(canonicalSpan),
  }
}
