/**
 * The open document: its text, its spans in text order and the selected span.
 * Changes arrive only after the service has written them to disk.
 */
import type { OpenedDocument } from '../../../src-main/api'
import type { Span } from '../../../src-main/core/model/span'
import { compareSpans } from '../../../src-main/core/model/span-order'
import { createOffsetMap, type OffsetMap } from '../../../src-main/core/offsets'

export class DocumentState {
  #doc = $state.raw<OpenedDocument | null>(null)
  #spans = $state.raw<readonly Span[]>([])
  #selectedId = $state<string | null>(null)
  #reveal = $state.raw<{ spanId: string } | null>(null)
  #map = $derived(this.#doc ? createOffsetMap(this.#doc.text) : null)

  get current(): OpenedDocument | null {
    return this.#doc
  }
  get id(): string | null {
    return this.#doc?.id ?? null
  }
  get text(): string {
    return this.#doc?.text ?? ''
  }
  get offsetMap(): OffsetMap | null {
    return this.#map
  }
  /** Sorted by (start, end, label, id), as FORMAT.md orders them. */
  get spans(): readonly Span[] {
    return this.#spans
  }
  get selectedId(): string | null {
    return this.#selectedId
  }
  /** The latest request to scroll a span into view; a new object each time, so a repeat is seen. */
  get revealRequest(): { spanId: string } | null {
    return this.#reveal
  }
  get selected(): Span | null {
    return this.#spans.find((s) => s.id === this.#selectedId) ?? null
  }

  show(doc: OpenedDocument): void {
    this.#doc = doc
    this.#spans = [...doc.spans].sort(compareSpans)
    this.#selectedId = null
    this.#reveal = null
  }

  select(id: string | null): void {
    this.#selectedId = id !== null && this.#spans.some((s) => s.id === id) ? id : null
  }

  /** Selects a span and asks the text view to scroll it into view. */
  reveal(id: string): void {
    this.select(id)
    if (this.#selectedId === id) this.#reveal = { spanId: id }
  }

  /** Adds or replaces a span (by id) that the service returned for this document. */
  upsert(span: Span): void {
    this.#spans = [...this.#spans.filter((s) => s.id !== span.id), span].sort(compareSpans)
  }

  remove(spanId: string): void {
    this.#spans = this.#spans.filter((s) => s.id !== spanId)
    if (this.#selectedId === spanId) this.#selectedId = null
  }
}
