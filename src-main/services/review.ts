/**
 * Review mode: the open workspace (A) against another annotation file or
 * workspace folder (B), read only. Each decision rewrites the document's spans
 * toward the gold version (origin "merged") and is kept in review.json, so it
 * can be changed or undone (decision null) at any time, also after a restart.
 * Decisions go into A's own folder, or, once the reviewer chose to review into a
 * copy (copyWorkspace), into that copy, and A's folder is no longer written.
 */
import { basename } from 'node:path'
import type { Api } from '../api'
import {
  agreementOf,
  applyGoldChange,
  diffCorpora,
  goldSpans,
  pairSpans,
  relabelConfusion,
  reviewItems,
  type CompareDocument,
  type DocumentDiff,
  type ReviewDocumentSummary,
  type ReviewDecision,
  type ReviewDocumentView,
  type ReviewNames,
} from '../core/compare'
import { SpanwrightError } from '../core/errors'
import type { CanonicalRecord } from '../core/model'
import { loadAnnotationSource, type AnnotationSource } from '../store/import/annotation-source'
import { copyWorkspaceFolder } from '../store/workspace/copy-workspace'
import { ReviewState, type DocumentReview } from '../store/workspace/review-state'
import type { Workspace } from '../store/workspace/workspace'
import type { ServiceContext } from './context'

type ReviewMethods = Pick<Api, 'compareWith' | 'reviewDocument' | 'decideReview' | 'getReview' | 'copyWorkspace'>

export function reviewServices(ctx: ServiceContext): ReviewMethods & { closeReview(): Promise<void> } {
  /** Where decisions are written: A's workspace, or the copy being reviewed into. */
  let workspace: Workspace = ctx.workspace
  let other: { source: AnnotationSource; byId: Map<string, CanonicalRecord>; names: ReviewNames } | null = null
  let opened: Promise<ReviewState> | null = null
  let decisions: Promise<unknown> = Promise.resolve()
  /** The review state, with what another opening of the workspace decided meanwhile. */
  const state = async (): Promise<ReviewState> => {
    const reviews = await (opened ??= ReviewState.open(workspace.dir))
    await reviews.refresh()
    return reviews
  }

  const comparison = () => {
    if (!other) throw new SpanwrightError('invalid_argument', 'no comparison is open: call compareWith with the other file or folder first')
    return other
  }
  const documentReview = async (docId: string): Promise<DocumentReview | undefined> =>
    (await state()).for(comparison().source.path).documents[docId]

  /** A's side of a document: its spans as they were before the first decision. */
  const sideA = async (docId: string): Promise<CompareDocument> => {
    const doc = await workspace.readDocument(docId)
    return { id: doc.id, title: doc.title, text: doc.text, tokens: doc.tokens, spans: (await documentReview(docId))?.base ?? doc.spans }
  }

  const view = async (docId: string): Promise<ReviewDocumentView> => {
    const { byId, names } = comparison()
    const a = await sideA(docId)
    const b = byId.get(docId)
    const review = await documentReview(docId)
    const items = b ? reviewItems(pairSpans(a.spans, b.spans), review?.decisions ?? {}) : []
    const gold = (await workspace.readDocument(docId)).spans
    const pending = items.filter((i) => i.class !== 'match' && !i.decision).length
    return { id: a.id, title: a.title, text: a.text, present: b ? 'both' : 'only_a', annotators: names, items, gold, pending }
  }

  return {
    copyWorkspace: async () => {
      // Decisions under way and span counts noted but not written reach the disk first.
      await decisions.catch(() => undefined)
      await ctx.workspace.flush()
      const path = await copyWorkspaceFolder(ctx.workspace.dir)
      const copy = await ctx.openWorkspace(path)
      const previous = workspace
      workspace = copy
      opened = null // the review state is the copy's from now on
      if (previous !== ctx.workspace) await previous.close()
      return { path }
    },
    closeReview: async () => {
      await decisions.catch(() => undefined)
      if (workspace !== ctx.workspace) await workspace.close()
      workspace = ctx.workspace
    },
    compareWith: async ({ path }) => {
      const source = await loadAnnotationSource(path)
      const nameB = source.name === workspace.annotator ? `${source.name} (${basename(source.path)})` : source.name
      other = { source, byId: new Map(source.records.map((r) => [r.id, r])), names: { a: workspace.annotator, b: nameB } }
      const reviews = await state()
      if (reviews.data?.other !== source.path) await reviews.update(source.path, async () => undefined)
      const kept = reviews.for(source.path)
      const sidesA: CompareDocument[] = []
      for (const entry of workspace.entries()) sidesA.push(await sideA(entry.id))
      const diff = diffCorpora(sidesA, source.records)
      const order = workspace.labels.map((l) => l.id)
      return {
        a: { path: workspace.dir, kind: 'workspace', annotator: workspace.annotator },
        b: { path: source.path, kind: source.kind, annotator: nameB },
        counts: diff.counts,
        agreement: agreementOf(diff.documents, { order }),
        relabels: relabelConfusion(diff.documents),
        documents: diff.documents.map((d) => summary(d, kept.documents[d.id]?.decisions ?? {}, order)),
      }
    },

    reviewDocument: ({ docId }) => view(docId),

    decideReview: ({ docId, key, decision }) => {
      const run = decisions.then(async () => {
        const { byId, names, source } = comparison()
        const b = byId.get(docId)
        if (!b) throw new SpanwrightError('not_found', `${source.path} has no document ${docId} to review against`)
        const reviews = await (opened ??= ReviewState.open(workspace.dir))
        // As review.json is now, another opening's decisions included: this one is applied on top.
        await reviews.update(source.path, async (file) => {
          const now = (await workspace.readDocument(docId)).spans
          const review = file.documents[docId] ?? { base: now, gold: now, decisions: {} }
          const pairs = pairSpans(review.base, b.spans)
          const item = reviewItems(pairs, review.decisions).find((i) => i.key === key)
          if (!item) throw new SpanwrightError('not_found', `document ${docId} has no difference ${key}`)
          if (item.class === 'match') throw new SpanwrightError('invalid_argument', `${key} is a match: there is nothing to decide`)
          const next = { ...review.decisions }
          if (decision) next[key] = decision
          else delete next[key]
          const gold = goldSpans(reviewItems(pairs, next), names)
          const unknown = gold.find((s) => !workspace.labels.some((l) => l.id === s.label))
          if (unknown) {
            throw new SpanwrightError(
              'invalid_argument',
              `${source.path}: its span "${unknown.text}" has the label "${unknown.label}", which this workspace does not have; ` +
                'add that label (Edit → Labels) before taking the span',
            )
          }
          await workspace.updateDocument(docId, (doc) => ({ ...doc, spans: applyGoldChange(doc.spans, review.gold, gold) }))
          if (Object.keys(next).length) file.documents[docId] = { base: review.base, gold, decisions: next }
          else delete file.documents[docId]
        })
      })
      decisions = run.catch(() => undefined)
      return run.then(() => view(docId))
    },

    getReview: async () => {
      const data = (await state()).data
      if (!data) return null
      const documents = Object.values(data.documents)
      return { path: data.other, documents: documents.length, decisions: documents.reduce((n, d) => n + Object.keys(d.decisions).length, 0) }
    },
  }
}

function summary(d: DocumentDiff, decided: Readonly<Record<string, ReviewDecision>>, order: readonly string[]): ReviewDocumentSummary {
  const figures = d.present === 'both' ? agreementOf([d], { order }) : null
  return {
    id: d.id,
    title: d.title,
    present: d.present,
    counts: d.counts,
    pending: reviewItems(d.pairs, decided).filter((i) => i.class !== 'match' && !i.decision).length,
    agreement: figures && {
      exact_f1: figures.micro.exact.f1,
      partial_f1: figures.micro.partial.f1,
      mean_kappa: figures.mean_kappa,
      mean_alpha: figures.mean_alpha,
    },
  }
}
