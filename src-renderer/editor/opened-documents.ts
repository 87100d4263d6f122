/**
 * Documents this window has opened, each at the revision (file hash) it was read
 * at, so opening one again asks the service only whether it changed
 * (reopenDocument) instead of moving 3 MB of text and spans across IPC for a
 * long document. A saved span edit moves a kept document to the revision it
 * wrote, with the spans as the service stored them, but only when it was
 * applied to the kept revision: any other writer in between (review, labels,
 * another program) drops it, and the next open reads it whole.
 */
import type { OpenedDocument, SpanEditsResult } from '../../src-main/api'
import type { Span } from '../../src-main/core/model/span'
import { spanPosition } from '../../src-main/core/model/span-order'

/** Text kept in all, in UTF-16 units: a few long documents, or every short one an analyst visits. */
const KEEP_CHARS = 4_000_000

export class OpenedDocuments {
  // Oldest first: a Map keeps insertion order, and keep() re-inserts.
  readonly #kept = new Map<string, OpenedDocument>()

  constructor(private readonly keepChars = KEEP_CHARS) {}

  get(docId: string): OpenedDocument | null {
    return this.#kept.get(docId) ?? null
  }

  keep(doc: OpenedDocument): void {
    this.#kept.delete(doc.id)
    this.#kept.set(doc.id, doc)
    let chars = 0
    for (const d of this.#kept.values()) chars += d.text.length
    for (const [id, d] of this.#kept) {
      if (chars <= this.keepChars || id === doc.id) break
      this.#kept.delete(id)
      chars -= d.text.length
    }
  }

  /** A step of span edits is on disk: follow it, or let the document go if it was not applied to the kept revision. */
  confirm(docId: string, result: SpanEditsResult): void {
    const kept = this.#kept.get(docId)
    if (!kept) return
    if (kept.revision !== result.revision.before) {
      this.#kept.delete(docId)
      return
    }
    const spans = withSaved(kept.spans, result.changed, result.removed)
    this.#kept.set(docId, { ...kept, ...result.summary, spans, revision: result.revision.after })
  }

  forget(docId: string): void {
    this.#kept.delete(docId)
  }
}

/** `spans` (in FORMAT.md's order) with `removed` taken out and `changed` put in place of the same ids. */
export function withSaved(spans: readonly Span[], changed: readonly Span[], removed: readonly string[]): Span[] {
  const gone = new Set([...removed, ...changed.map((s) => s.id)])
  const result = gone.size ? spans.filter((s) => !gone.has(s.id)) : [...spans]
  for (const span of changed) result.splice(spanPosition(result, span), 0, span)
  return result
}
