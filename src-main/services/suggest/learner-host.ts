/**
 * Where the learner runs. The services talk to a LearnerHost; the app and the
 * end-to-end bridge run it in a worker thread (worker-host.ts), so a retrain
 * never holds up a save, and the CLI and unit tests run the same code in
 * process. Rule hits and furniture are computed beside the learner, so a
 * document crosses to the host once per request.
 */
import { furnitureLines } from '../../core/page-furniture'
import { createLearner, learnerFromJSON, type Learner, type LearnerJSON, type SuggestOptions, type TrainingDocument } from '../../core/suggest/learner'
import { ruleHits } from '../../core/suggest/rules'
import type { Rejection, Suggestion, SuggestDocument, TrainingSpan } from '../../core/suggest/types'

export interface LearnerHost {
  /** Starts from a saved model, or an empty one for `labels`. */
  load(json: LearnerJSON | null, labels: readonly string[]): Promise<void>
  /** Trains anew on done documents, then replays accepted suggestions elsewhere and rejections. */
  rebuild(done: readonly TrainingDocument[], accepted: readonly TrainingDocument[], rejected: readonly RejectedIn[]): Promise<LearnerJSON>
  suggest(doc: SuggestDocument, options: SuggestOptions): Promise<Suggestion[]>
  /** The rules alone (a workspace with nothing to learn from, or `--rules-only`). */
  rules(doc: SuggestDocument, options: SuggestOptions): Promise<Suggestion[]>
  accept(doc: SuggestDocument, spans: readonly TrainingSpan[]): Promise<void>
  reject(doc: SuggestDocument, rejection: Rejection): Promise<void>
  close(): Promise<void>
}

export interface RejectedIn {
  doc: SuggestDocument
  rejection: Rejection
}

/**
 * A document's text never changes after import and its id is the text's hash, so
 * its rule hits and furniture are computed once per host: a rebuild then costs
 * only the learning.
 */
function cachedBy<T>(compute: (text: string) => T, limit = 20_000): (doc: SuggestDocument) => T {
  const cache = new Map<string, T>()
  return (doc) => {
    let value = cache.get(doc.id)
    if (value === undefined) {
      value = compute(doc.text)
      if (cache.size >= limit) cache.delete(cache.keys().next().value as string)
      cache.set(doc.id, value)
    }
    return value
  }
}

/** The learner in this thread. */
export function localLearnerHost(): LearnerHost {
  const hitsFor = cachedBy(ruleHits)
  const furnitureFor = cachedBy(furnitureLines)
  let learner: Learner = createLearner([])
  const rulesOnly = createLearner([])
  return {
    async load(json, labels) {
      learner = json ? learnerFromJSON(json) : createLearner(labels)
    },
    async rebuild(done, accepted, rejected) {
      const labels = learner.labels
      learner = createLearner(labels)
      learner.train(done, hitsFor, furnitureFor)
      for (const { doc, spans } of accepted) for (const span of spans) learner.accept(doc, span, hitsFor(doc))
      for (const { doc, rejection } of rejected) learner.reject(rejection, doc, hitsFor(doc))
      return learner.toJSON()
    },
    suggest: async (doc, options) => learner.suggest(doc, hitsFor(doc), furnitureFor(doc), options),
    rules: async (doc, options) => rulesOnly.suggest(doc, hitsFor(doc), furnitureFor(doc), options),
    async accept(doc, spans) {
      const hits = hitsFor(doc)
      for (const span of spans) learner.accept(doc, span, hits)
    },
    async reject(doc, rejection) {
      learner.reject(rejection, doc, hitsFor(doc))
    },
    async close() {},
  }
}
