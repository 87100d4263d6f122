/**
 * The learner's own speed, in this thread (the app runs it in a worker):
 * suggestions for a 10 kB article from a model trained on 200 documents, one
 * update after an accept, and a full retrain on 1,000 documents. The retrain is
 * timed with each document's rule hits and page furniture computed beforehand:
 * the host caches them per document id (the hash of a text that never changes),
 * so a retrain does not run the rules again.
 */
import { createLearner } from '../src-main/core/suggest/learner'
import type { SuggestDocument } from '../src-main/core/suggest/types'
import { findResourcesDir } from '../src-main/store/workspace/resources-dir'
import { round, type Figure } from './measure'
import { benchDocuments, furnitureFor, hitsFor, seedParagraphs } from './suggest-corpus'

const p95 = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))] as number

function timed(task: () => void): number {
  const t0 = performance.now()
  task()
  return performance.now() - t0
}

export async function suggestBench(): Promise<Figure[]> {
  const paragraphs = seedParagraphs(findResourcesDir(import.meta.url))
  const corpus = benchDocuments(paragraphs, 1000)
  const labels = ['commitment', 'agreement', 'figure']

  const learner = createLearner(labels)
  learner.train(corpus.slice(0, 200), hitsFor, furnitureFor)
  const articles = benchDocuments(paragraphs, 40, 10_000, 99)
  // Every request computes the rules and furniture afresh, as the app's does; an accept follows
  // suggestions in the same document, as it does in the window.
  const suggestMs: number[] = []
  const updateMs: number[] = []
  for (const { doc } of articles) {
    let offered: ReturnType<typeof learner.suggest> = []
    suggestMs.push(timed(() => (offered = learner.suggest(doc, hitsFor(doc), furnitureFor(doc)))))
    const pick = offered[0] ?? { start: 0, end: 1, label: 'figure' }
    updateMs.push(timed(() => learner.accept(doc, pick)))
  }

  const cachedHits = new Map(corpus.map(({ doc }) => [doc.id, hitsFor(doc)]))
  const cachedFurniture = new Map(corpus.map(({ doc }) => [doc.id, furnitureFor(doc)]))
  const cached = { hits: (doc: SuggestDocument) => cachedHits.get(doc.id) ?? [], furniture: (doc: SuggestDocument) => cachedFurniture.get(doc.id) ?? [] }
  const trainMs: number[] = []
  for (let run = 0; run < 3; run++) trainMs.push(timed(() => createLearner(labels).train(corpus, cached.hits, cached.furniture)))

  return [
    { bench: 'suggest.document_ms', value: round(p95(suggestMs.slice(5))), unit: 'ms', target: 50 },
    { bench: 'suggest.update_ms', value: round(p95(updateMs.slice(5))), unit: 'ms', target: 5 },
    { bench: 'suggest.train_ms', value: round([...trainMs].sort((a, b) => a - b)[1] as number, 0), unit: 'ms', target: 2000 },
  ]
}
