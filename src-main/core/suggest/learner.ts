/**
 * The learner behind suggestions, for any set of labels (new ones can appear at
 * any time): a span memory and one sequence model per label, trained on the spans
 * of done documents, corrected after each accept, reject or edit, and saved as
 * versioned JSON with a fingerprint of what it was trained on.
 */
import { createOffsetMap } from '../offsets'
import { combine, ruleSuggestions, type CombineOptions } from './combine'
import { extractFeatures, type DocFeatures } from './features'
import { trainingFingerprint, chainFingerprint } from './fingerprint'
import { modelViews, correctModel } from './model-suggestions'
import { rescoreRules } from './rescore-rules'
import { Perceptron, type PerceptronJSON } from './perceptron'
import { memoryScore, SpanMemory, type SpanMemoryJSON } from './span-memory'
import { furnitureMask, tokenRange, tokenTexts, type TokenTexts } from './token-index'
import { goldTags, trainAll } from './training'
import type { CodePointRange, Rejection, RuleHit, Suggestion, SuggestDocument, TrainingSpan } from './types'

export const LEARNER_VERSION = 2
const SEED = 20_240_612
/** Spans of a label seen before its model, rather than a rule's prior, scores that label's rule hits. */
const TRUST_MODEL_AFTER = 10

export interface TrainingDocument {
  doc: SuggestDocument
  spans: readonly TrainingSpan[]
}
export type HitsFor = (doc: SuggestDocument) => readonly RuleHit[]
export type FurnitureFor = (doc: SuggestDocument) => readonly CodePointRange[]
export type SuggestOptions = Omit<CombineOptions, 'documentId' | 'furniture'>

export interface LearnerJSON {
  version: typeof LEARNER_VERSION
  /** What train() last saw (trainingFingerprint), then every accept, reject and edit chained onto it. */
  fingerprint: string
  trainedOn: string
  labels: string[]
  memory: SpanMemoryJSON
  /** Every label's sequence model, in one table. */
  model: PerceptronJSON
  rejections: Rejection[]
  /** Spans of each label trained on or accepted. */
  spanCounts: Record<string, number>
}

export interface Learner {
  readonly labels: readonly string[]
  train(docs: readonly TrainingDocument[], hitsFor?: HitsFor, furnitureFor?: FurnitureFor): void
  accept(doc: SuggestDocument, span: TrainingSpan, hits?: readonly RuleHit[]): void
  reject(rejection: Rejection, doc: SuggestDocument, hits?: readonly RuleHit[]): void
  /** The analyst changed a suggestion's extent or label: `from` was wrong, `to` is right. */
  edit(doc: SuggestDocument, from: TrainingSpan, to: TrainingSpan, hits?: readonly RuleHit[]): void
  suggest(doc: SuggestDocument, hits?: readonly RuleHit[], furniture?: readonly CodePointRange[], options?: SuggestOptions): Suggestion[]
  toJSON(): LearnerJSON
}

export function createLearner(labelIds: readonly string[]): Learner {
  return build(new Perceptron(), new SpanMemory(), [], trainingFingerprint([]), trainingFingerprint([]), labelIds, {})
}

export function learnerFromJSON(json: LearnerJSON): Learner {
  if (json.version !== LEARNER_VERSION) throw new Error(`learner version ${String(json.version)} is not ${LEARNER_VERSION}`)
  return build(Perceptron.fromJSON(json.model), SpanMemory.fromJSON(json.memory), json.rejections, json.fingerprint, json.trainedOn, json.labels, json.spanCounts)
}

function build(
  model: Perceptron,
  memory: SpanMemory,
  rejections: Rejection[],
  fingerprint: string,
  trainedOn: string,
  initial: readonly string[],
  counts: Record<string, number>,
): Learner {
  const labels = new Set<string>(initial)
  const spanCounts = new Map(Object.entries(counts))
  const countSpan = (label: string): void => void spanCounts.set(label, (spanCounts.get(label) ?? 0) + 1)
  // The last documents suggested on, so accept and reject need not extract features again.
  const cache = new Map<string, { text: string; hits: readonly RuleHit[]; f: DocFeatures }>()
  const featuresOf = (doc: SuggestDocument, hits?: readonly RuleHit[], furniture?: readonly CodePointRange[]): DocFeatures => {
    const hit = cache.get(doc.id)
    if (hit && hit.text === doc.text && (hits === undefined || hits === hit.hits)) return hit.f
    const f = extractFeatures(doc, hits ?? [], furniture ?? [])
    cache.delete(doc.id)
    cache.set(doc.id, { text: doc.text, hits: hits ?? [], f })
    if (cache.size > 8) cache.delete(cache.keys().next().value as string)
    return f
  }
  const modelOf = (label: string): Perceptron => {
    labels.add(label)
    model.column(label)
    return model
  }
  const remember = (f: TokenTexts, s: TrainingSpan, field: 'seen' | 'rejected'): void => {
    const r = tokenRange(f.starts, f.ends, s.start, s.end)
    if (r) memory.count(f.words, r[0], r[1], s.label, field)
  }
  const event = (kind: string, doc: SuggestDocument, s: TrainingSpan): void => {
    fingerprint = chainFingerprint(fingerprint, [kind, doc.id, s.start, s.end, s.label])
  }

  const learner: Learner = {
    get labels() {
      return [...labels].sort()
    },
    train(docs, hitsFor, furnitureFor) {
      memory = new SpanMemory()
      spanCounts.clear()
      for (const d of docs) for (const s of d.spans) labels.add(s.label)
      for (const d of docs) for (const s of d.spans) countSpan(s.label)
      model = new Perceptron([...labels].sort())
      // Token texts are cheap to recompute, so this pass does not hold them for the whole corpus.
      for (const d of docs) {
        const t = tokenTexts(d.doc, d.spans)
        for (const s of d.spans) remember(t, s, 'seen')
      }
      const tokens = docs.reduce((n, d) => n + d.doc.tokens.length, 0)
      trainAll(model, docs.length, tokens, (i, recycled) => {
        const { doc, spans } = docs[i] as TrainingDocument
        const f = extractFeatures(doc, hitsFor?.(doc) ?? [], furnitureFor?.(doc) ?? [], recycled)
        // Every phrase is remembered by now, so a document's misses can be counted as it passes.
        countMissed(memory, f, spans)
        return { f, gold: model.labels.map((l) => goldTags(f, spans, l)) }
      }, SEED)
      trainedOn = fingerprint = trainingFingerprint(docs)
    },
    accept(doc, span, hits) {
      const f = featuresOf(doc, hits)
      remember(f, span, 'seen')
      countSpan(span.label)
      correctModel(modelOf(span.label), f, span, 'add')
      event('accept', doc, span)
    },
    reject(rejection, doc, hits) {
      const f = featuresOf(doc, hits)
      remember(f, rejection, 'rejected')
      correctModel(modelOf(rejection.label), f, rejection, 'remove')
      rejections.push({ documentId: rejection.documentId, start: rejection.start, end: rejection.end, label: rejection.label })
      event('reject', doc, rejection)
    },
    edit(doc, from, to, hits) {
      const f = featuresOf(doc, hits)
      correctModel(modelOf(from.label), f, from, 'remove')
      remember(f, to, 'seen')
      correctModel(modelOf(to.label), f, to, 'add')
      event('edit', doc, to)
    },
    suggest(doc, hits = [], furniture = [], options = {}) {
      const f = featuresOf(doc, hits, furniture)
      const blocked = furnitureMask(f.starts, f.ends, furniture)
      const map = createOffsetMap(doc.text)
      const remembered: Suggestion[] = memory.longestMatches(f.words, blocked).map((m) => {
        const start = f.starts[m.first] as number
        const end = f.ends[m.last] as number
        const reasons = [{ kind: 'memory' as const, seen: m.counts.seen }]
        return { start, end, label: m.label, text: map.slice(start, end), score: memoryScore(m.counts), reasons }
      })
      for (const l of labels) modelOf(l)
      const all = modelViews(model, f, map, blocked)
      const views = new Map([...all].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      const trusted = (label: string): boolean => (spanCounts.get(label) ?? 0) >= TRUST_MODEL_AFTER
      const weight = (label: string): number => {
        const n = spanCounts.get(label) ?? 0
        return Math.min(0.5, n / (n + 100))
      }
      const rules = rescoreRules(ruleSuggestions(doc.text, hits), f, (label) => (trusted(label) ? views.get(label) : undefined), weight)
      const ruled = new Set(rules.map((r) => `${r.start}:${r.end}:${r.label}`))
      // A span the model scored as a rule hit is not counted a second time.
      const modelled = [...views.values()].flatMap((v) => v.suggestions).filter((m) => !ruled.has(`${m.start}:${m.end}:${m.label}`) || !trusted(m.label))
      return combine([rules, remembered, modelled], {
        ...options,
        rejections: [...rejections, ...(options.rejections ?? [])],
        documentId: doc.id,
        furniture,
      })
    },
    toJSON() {
      return {
        version: LEARNER_VERSION,
        fingerprint,
        trainedOn,
        labels: [...labels].sort(),
        memory: memory.toJSON(),
        model: model.toJSON(),
        rejections: [...rejections],
        spanCounts: Object.fromEntries([...spanCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
      }
    },
  }
  return learner
}

/** Every untagged occurrence of a remembered phrase in a done document counts against it (not inside a span of its label). */
function countMissed(memory: SpanMemory, f: TokenTexts, spans: readonly TrainingSpan[]): void {
  for (const m of memory.matches(f.words)) {
    const start = f.starts[m.first] as number
    const end = f.ends[m.last] as number
    if (spans.some((s) => s.label === m.label && s.start <= start && end <= s.end)) continue
    memory.count(f.words, m.first, m.last, m.label, 'missed')
  }
}
