/**
 * Suggestions for one workspace: keeps the learner (in its host) in step with
 * what the analyst decided, and answers the services and the CLI. The learner is
 * a deterministic function of the workspace — done documents' spans, accepted
 * and rejected suggestions, in workspace order — rebuilt when that changes and
 * cached in suggestions/model.json; accepts and rejects between rebuilds update
 * it incrementally.
 */
import { SpanwrightError } from '../../core/errors'
import { sha256Hex } from '../../core/hash'
import { furnitureLines } from '../../core/page-furniture'
import { learningCurve, type CurvePoint } from '../../core/suggest/curve'
import { ruleHits } from '../../core/suggest/rules'
import type { DocumentFile } from '../../core/model'
import type { SuggestOptions, TrainingDocument } from '../../core/suggest/learner'
import type { Suggestion, SuggestDocument, TrainingSpan } from '../../core/suggest/types'
import type { DecidedSuggestion, SuggestionFiles } from '../../store/workspace/suggestion-files'
import type { Workspace } from '../../store/workspace/workspace'
import type { LearnerHost, RejectedIn } from './learner-host'

export interface SuggestRequest {
  /** Only these labels (all when absent). */
  labels?: readonly string[]
  minScore?: number
  /** The rules alone, no learning. */
  rulesOnly?: boolean
  /** Offer everything scored at least this, ignoring the thresholds (the window shows weaker ones fainter). */
  floor?: number
}

const asSuggestDocument = (doc: DocumentFile): SuggestDocument => ({ id: doc.id, text: doc.text, tokens: doc.tokens })
const sameSpot = (a: DecidedSuggestion, b: DecidedSuggestion): boolean =>
  a.documentId === b.documentId && a.start === b.start && a.end === b.end && a.label === b.label

export class SuggestionEngine {
  /** The state fingerprint the host's learner stands for; null until first needed. */
  private built: string | null = null
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly workspace: Workspace,
    private readonly host: LearnerHost,
    private readonly files: SuggestionFiles,
  ) {}

  get thresholds(): Readonly<Record<string, number>> {
    return this.files.settings.thresholds
  }

  suggest(docId: string, request: SuggestRequest = {}): Promise<Suggestion[]> {
    return this.serial(async () => (await this.offered([docId], request))[0] ?? [])
  }

  /** Suggestions for several documents, the learner brought up to date once for all of them. */
  suggestMany(docIds: readonly string[], request: SuggestRequest = {}): Promise<Suggestion[][]> {
    return this.serial(() => this.offered(docIds, request))
  }

  private async offered(docIds: readonly string[], request: SuggestRequest): Promise<Suggestion[][]> {
    const known = new Set(this.workspace.labels.map((l) => l.id))
    const wanted = request.labels ? new Set(request.labels) : known
    if (!request.rulesOnly) await this.current()
    const out: Suggestion[][] = []
    for (const docId of docIds) {
      const doc = await this.workspace.peekDocument(docId)
      const options = this.options(doc, request)
      const found = request.rulesOnly ? await this.host.rules(asSuggestDocument(doc), options) : await this.host.suggest(asSuggestDocument(doc), options)
      out.push(found.filter((s) => known.has(s.label) && wanted.has(s.label)))
    }
    return out
  }

  /** The analyst accepted these suggestions (now spans of the document), or took accepts back (undo). */
  decided(docId: string, accepted: readonly TrainingSpan[], unaccepted: readonly TrainingSpan[] = []): Promise<void> {
    return this.serial(async () => {
      const spot = (s: TrainingSpan): DecidedSuggestion => ({ documentId: docId, start: s.start, end: s.end, label: s.label })
      const gone = unaccepted.map(spot)
      await this.save((s) => ({
        ...s,
        accepted: [...s.accepted.filter((a) => !gone.some((g) => sameSpot(a, g))), ...accepted.map(spot)],
      }))
      if (this.built === null) return // the next rebuild replays them
      if (accepted.length) await this.host.accept(asSuggestDocument(await this.workspace.peekDocument(docId)), accepted)
      this.built = await this.state()
    })
  }

  reject(rejection: DecidedSuggestion): Promise<void> {
    return this.serial(async () => {
      if (this.files.settings.rejected.some((r) => sameSpot(r, rejection))) return
      await this.save((s) => (s.rejected.some((r) => sameSpot(r, rejection)) ? s : { ...s, rejected: [...s.rejected, rejection] }))
      if (this.built === null) return
      await this.host.reject(asSuggestDocument(await this.workspace.peekDocument(rejection.documentId)), rejection)
      this.built = await this.state()
    })
  }

  /** Takes a rejection back (undo): offered again; the learner forgets it at its next rebuild. */
  restore(rejection: DecidedSuggestion): Promise<void> {
    return this.serial(() => this.save((s) => ({ ...s, rejected: s.rejected.filter((r) => !sameSpot(r, rejection)) })))
  }

  setThreshold(label: string, threshold: number | null): Promise<void> {
    return this.serial(() =>
      this.save((s) => {
        const thresholds = { ...s.thresholds }
        if (threshold === null) delete thresholds[label]
        else thresholds[label] = threshold
        return { ...s, thresholds }
      }),
    )
  }

  /** A learning curve over the done documents (in this thread: the command line's). */
  async curve(seed: number, labels?: readonly string[]): Promise<CurvePoint[]> {
    const { done } = await this.trainingDocuments()
    if (done.length < 2) return []
    return learningCurve(done, {
      seed,
      ...(labels ? { labels } : {}),
      hitsFor: (doc) => ruleHits(doc.text),
      furnitureFor: (doc) => furnitureLines(doc.text),
    })
  }

  /** The learner as a rebuild from the workspace would make it, or already is. */
  private async current(): Promise<void> {
    const state = await this.state()
    if (state === this.built) return
    const saved = await this.files.readModel(state)
    if (saved) await this.host.load(saved, this.workspace.labels.map((l) => l.id))
    else {
      const { done, accepted, rejected } = await this.evidence()
      await this.host.load(null, this.workspace.labels.map((l) => l.id))
      const built = await this.host.rebuild(done, accepted, rejected)
      // Only a cache: a folder that refuses the write (read-only, full) costs a rebuild next time, nothing more.
      if (!this.workspace.readOnly) await this.files.writeModel(state, built).catch(() => undefined)
    }
    this.built = state
  }

  /** What the learner is built from, as one hash: done documents by their files' revisions (a stat when kept), and the decisions. */
  private async state(): Promise<string> {
    const done: Array<[string, string]> = []
    for (const entry of this.workspace.entries()) {
      if (entry.status !== 'done' || this.workspace.damage(entry.id) !== undefined) continue
      const read = await this.workspace.peekDocumentRevision(entry.id).catch(() => null)
      if (read) done.push([entry.id, read.revision])
    }
    const { accepted, rejected } = this.files.settings
    return sha256Hex(JSON.stringify([done, accepted, rejected, this.workspace.labels.map((l) => l.id)]))
  }

  private async trainingDocuments(): Promise<{ done: TrainingDocument[] }> {
    const done: TrainingDocument[] = []
    for (const entry of this.workspace.entries()) {
      if (entry.status !== 'done' || this.workspace.damage(entry.id) !== undefined) continue
      const doc = await this.workspace.peekDocument(entry.id).catch(() => null)
      if (doc) done.push({ doc: asSuggestDocument(doc), spans: doc.spans.map(({ start, end, label }) => ({ start, end, label })) })
    }
    return { done }
  }

  private async evidence(): Promise<{ done: TrainingDocument[]; accepted: TrainingDocument[]; rejected: RejectedIn[] }> {
    const { done } = await this.trainingDocuments()
    const doneIds = new Set(done.map((d) => d.doc.id))
    const docs = new Map<string, SuggestDocument | null>()
    const docOf = async (id: string): Promise<SuggestDocument | null> => {
      if (!docs.has(id)) docs.set(id, await this.workspace.peekDocument(id).then(asSuggestDocument, () => null))
      return docs.get(id) ?? null
    }
    const accepted: TrainingDocument[] = []
    for (const a of this.files.settings.accepted) {
      if (doneIds.has(a.documentId)) continue // its spans train as a done document
      const doc = await docOf(a.documentId)
      if (doc) accepted.push({ doc, spans: [{ start: a.start, end: a.end, label: a.label }] })
    }
    const rejected: RejectedIn[] = []
    for (const r of this.files.settings.rejected) {
      const doc = await docOf(r.documentId)
      if (doc) rejected.push({ doc, rejection: r })
    }
    return { done, accepted, rejected }
  }

  private options(doc: DocumentFile, request: SuggestRequest): SuggestOptions {
    const { rejected, thresholds } = this.files.settings
    return {
      spans: doc.spans.map(({ start, end, label }) => ({ start, end, label })),
      rejections: rejected.filter((r) => r.documentId === doc.id),
      ...(request.floor === undefined ? { thresholds } : { thresholds: {}, defaultThreshold: request.floor }),
      ...(request.minScore !== undefined ? { minScore: request.minScore } : {}),
    }
  }

  private save(change: Parameters<SuggestionFiles['saveSettings']>[0]): Promise<void> {
    const refused = this.workspace.readOnly
    if (refused) return Promise.reject(new SpanwrightError('read_only', refused))
    return this.files.saveSettings(change)
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const guarded = (): Promise<T> =>
      task().catch((error: unknown) => {
        // The host may have lost its learner (a worker that stopped): load or rebuild it next time.
        this.built = null
        throw error
      })
    const run = this.queue.then(guarded, guarded)
    this.queue = run.catch(() => undefined)
    return run
  }
}
