/**
 * One list of suggestions from every source: the same (start, end, label) once,
 * with its reasons strongest first and the sources' scores joined by noisy-or;
 * nothing in page furniture, nothing the analyst rejected in this document,
 * nothing a span of the same label already covers or overlaps; of overlapping
 * suggestions of one label the best scored; then per-label thresholds.
 */
import { createOffsetMap } from '../offsets'
import type { CodePointRange, Rejection, RuleHit, Suggestion, SuggestionReason, TrainingSpan } from './types'

export const DEFAULT_THRESHOLD = 0.5
/** The window is offered suggestions down to this score (or a lower threshold), drawing those under their label's threshold fainter. */
export const DISPLAY_FLOOR = 0.3

export interface CombineOptions {
  /** Spans the document already has. */
  spans?: readonly TrainingSpan[]
  /** Rejections; only those of `documentId` count. */
  rejections?: readonly Rejection[]
  documentId?: string
  furniture?: readonly CodePointRange[]
  /** Per label; a label not listed uses `defaultThreshold`. */
  thresholds?: Readonly<Record<string, number>>
  defaultThreshold?: number
  /** Applies to every label, after the thresholds. */
  minScore?: number
}

/** Rule hits as suggestions: their prior confidence is their score. */
export function ruleSuggestions(text: string, hits: readonly RuleHit[]): Suggestion[] {
  const map = createOffsetMap(text)
  return hits.map((h) => ({
    start: h.start,
    end: h.end,
    label: h.label,
    text: map.slice(h.start, h.end),
    score: clamp(h.confidence),
    reasons: [{ kind: 'rule', rule: h.rule }],
  }))
}

const KIND_ORDER: Record<SuggestionReason['kind'], number> = { rule: 0, memory: 1, model: 2 }
const keyOf = (s: { start: number; end: number; label: string }): string => `${s.start}:${s.end}:${s.label}`
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end
const clamp = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0)

export function combine(sources: ReadonlyArray<readonly Suggestion[]>, o: CombineOptions = {}): Suggestion[] {
  const merged = new Map<string, { s: Suggestion; parts: Array<{ score: number; reason: SuggestionReason }> }>()
  for (const list of sources) {
    for (const s of list) {
      const key = keyOf(s)
      const entry = merged.get(key) ?? { s, parts: [] }
      for (const reason of s.reasons) entry.parts.push({ score: clamp(s.score), reason })
      merged.set(key, entry)
    }
  }
  const rejected = new Set((o.rejections ?? []).filter((r) => r.documentId === o.documentId).map(keyOf))
  const spans = o.spans ?? []
  const furniture = (o.furniture ?? []).map(([start, end]) => ({ start, end }))
  const candidates: Suggestion[] = []
  for (const [key, { s, parts }] of merged) {
    if (rejected.has(key) || s.end <= s.start || !cleanEdges(s.text)) continue
    if (furniture.some((f) => overlaps(f, s))) continue
    if (spans.some((x) => x.label === s.label && overlaps(x, s))) continue
    parts.sort((x, y) => y.score - x.score || KIND_ORDER[x.reason.kind] - KIND_ORDER[y.reason.kind])
    const score = 1 - parts.reduce((miss, p) => miss * (1 - p.score), 1)
    candidates.push({ ...s, score, reasons: dedupeReasons(parts.map((p) => p.reason)) })
  }
  const threshold = (label: string): number => o.thresholds?.[label] ?? o.defaultThreshold ?? DEFAULT_THRESHOLD
  const kept = keepBestOfOverlaps(candidates).filter((s) => s.score >= threshold(s.label) && s.score >= (o.minScore ?? 0))
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
}

function dedupeReasons(reasons: SuggestionReason[]): SuggestionReason[] {
  const seen = new Set<string>()
  return reasons.filter((r) => {
    const k = JSON.stringify(r)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/**
 * The guide's rule: a span never starts or ends with whitespace or punctuation
 * (a figure's closing "%" is its unit). A model or memory may propose such an
 * edge ("-19" of COVID-19); no rule does.
 */
function cleanEdges(text: string): boolean {
  return !/^[\s\p{P}\p{S}]/u.test(text) && !/[\s\p{P}\p{S}]$/u.test(text.replace(/%$/u, 'x'))
}

/** A confident rule knows a figure's extent (qualifier, multiplier, unit) better than a model's guess. */
const FIRM_RULE = 0.7
const firmRule = (s: Suggestion): number => (s.reasons.some((r) => r.kind === 'rule') && s.score >= FIRM_RULE ? 1 : 0)

/** Of suggestions of one label that overlap, a firm rule's wins, then the higher score (then the longer, then the earlier). */
function keepBestOfOverlaps(list: Suggestion[]): Suggestion[] {
  const order = [...list].sort(
    (a, b) => firmRule(b) - firmRule(a) || b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start || (a.label < b.label ? -1 : 1),
  )
  const kept = new Map<string, Suggestion[]>()
  for (const s of order) {
    const same = kept.get(s.label) ?? []
    if (same.some((k) => overlaps(k, s))) continue
    same.push(s)
    kept.set(s.label, same)
  }
  return [...kept.values()].flat()
}
