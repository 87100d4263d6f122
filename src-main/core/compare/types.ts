import type { CanonicalRecord } from '../model/canonical-record'
import type { Span } from '../model/span'

/** docs/format.md's classes of a span pair, in the order the pairing settles them. */
export const DIFF_CLASSES = ['match', 'relabel', 'boundary', 'only_a', 'only_b'] as const
export type DiffClass = (typeof DIFF_CLASSES)[number]
export type DiffCounts = Record<DiffClass, number>

/** What comparing needs of a document; a canonical record is one. */
export type CompareDocument = Pick<CanonicalRecord, 'id' | 'title' | 'text' | 'tokens' | 'spans'>

/** A pair of spans, or a span without counterpart (the other side null). */
export interface SpanPair {
  class: DiffClass
  a: Span | null
  b: Span | null
}

export type Presence = 'both' | 'only_a' | 'only_b'

/** One document of a comparison; `pairs` is empty unless both sides have it. */
export interface DocumentDiff {
  id: string
  title: string
  present: Presence
  a: CompareDocument | null
  b: CompareDocument | null
  /** Every span of both sides exactly once, in text order. */
  pairs: SpanPair[]
  counts: DiffCounts
}

export interface CorpusDiff {
  /** A's documents in A's order, then those only in B in B's order. */
  documents: DocumentDiff[]
  /** Totals over paired documents. */
  counts: DiffCounts
}

export const zeroCounts = (): DiffCounts => ({ match: 0, relabel: 0, boundary: 0, only_a: 0, only_b: 0 })
