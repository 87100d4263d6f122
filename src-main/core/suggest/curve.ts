/**
 * A learning curve over done documents: for each fraction, train a fresh learner
 * on that share of the documents (chosen by a fixed seed) and score its
 * suggestions on the rest.
 */
import { addCounts, countDocument, scoresOf, type Counts, type LabelScores } from './evaluate'
import { seededRandom, shuffled } from './hashing'
import { createLearner, type FurnitureFor, type HitsFor, type TrainingDocument } from './learner'

export interface CurvePoint {
  fraction: number
  trained: number
  tested: number
  labels: Record<string, LabelScores>
}

export interface CurveOptions {
  fractions?: readonly number[]
  seed?: number
  labels?: readonly string[]
  hitsFor?: HitsFor
  furnitureFor?: FurnitureFor
}

export function learningCurve(docs: readonly TrainingDocument[], o: CurveOptions = {}): CurvePoint[] {
  const order = shuffled(docs, seededRandom(o.seed ?? 1))
  const labels = o.labels ?? [...new Set(docs.flatMap((d) => d.spans.map((s) => s.label)))].sort()
  const points: CurvePoint[] = []
  for (const fraction of o.fractions ?? [0.2, 0.4, 0.6, 0.8]) {
    // At least one document on each side, so every point is defined.
    const k = Math.min(docs.length - 1, Math.max(1, Math.round(fraction * docs.length)))
    const learner = createLearner(labels)
    learner.train(order.slice(0, k), o.hitsFor, o.furnitureFor)
    const counts: Counts = {}
    for (const { doc, spans } of order.slice(k)) {
      const suggested = learner.suggest(doc, o.hitsFor?.(doc) ?? [], o.furnitureFor?.(doc) ?? [])
      addCounts(counts, countDocument(spans, suggested, labels))
    }
    points.push({ fraction, trained: k, tested: docs.length - k, labels: scoresOf(counts) })
  }
  return points
}
