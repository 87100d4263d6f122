/**
 * What Review mode receives (api.ts: compareWith, reviewDocument, decideReview,
 * getReview). Plain data, so it crosses IPC as it is.
 */
import type { Span } from '../model/span'
import type { Agreement } from './agreement'
import type { RelabelCell } from './relabel-confusion'
import type { ReviewDecision, ReviewNames } from './review-decisions'
import type { DiffClass, DiffCounts, Presence } from './types'

export interface ReviewSide {
  path: string
  kind: 'workspace' | 'jsonl'
  /** Recorded in the `annotators` attribute of gold spans. */
  annotator: string
}

/** One document's figures, for the list of documents with the lowest agreement. */
export interface DocumentAgreement {
  exact_f1: number | null
  partial_f1: number | null
  mean_kappa: number | null
  mean_alpha: number | null
}

export interface ReviewDocumentSummary {
  id: string
  title: string
  /** 'only_b': the other side has it and the workspace does not; it cannot be reviewed here. */
  present: Presence
  counts: DiffCounts
  /** Differences without a decision yet. */
  pending: number
  /** null unless both sides have the document. */
  agreement: DocumentAgreement | null
}

export interface ReviewComparison {
  /** A: the open workspace (its spans as they were before the first decision of each document). */
  a: ReviewSide
  /** B: the other file or workspace folder. */
  b: ReviewSide
  /** Totals over paired documents. */
  counts: DiffCounts
  /** The figures of `spanwright agree`. */
  agreement: Agreement
  /** The confusion table of relabels: A's label against B's, largest first. */
  relabels: RelabelCell[]
  /** Workspace order, then documents only the other side has. */
  documents: ReviewDocumentSummary[]
}

export interface ReviewItemView {
  /** Pass to decideReview. */
  key: string
  class: DiffClass
  a: Span | null
  b: Span | null
  /** null: undecided (a match never needs one). */
  decision: ReviewDecision | null
}

export interface ReviewDocumentView {
  id: string
  title: string
  text: string
  present: Presence
  annotators: ReviewNames
  /** Every pair and one-sided span of A (as before the first decision) and B, in text order. */
  items: ReviewItemView[]
  /** The document's spans now: the gold version being built (origin "merged" once decided). */
  gold: Span[]
  pending: number
}

/** The comparison the workspace keeps decisions for, so Review mode can resume after a restart. */
export interface ReviewTarget {
  path: string
  /** Documents with at least one decision, and decisions in all. */
  documents: number
  decisions: number
}
