/**
 * The open document: its text, its spans in text order and the selected span.
 * Span edits show here at once (editor/span-editor.ts) and are saved behind.
 */
import type { OpenedDocument } from '../../src-main/api'
import type { Span } from '../../src-main/core/model/span'
import { compareSpans } from '../../src-main/core/model/span-order'
import type { OffsetMap } from '../../src-main/core/offsets'
import { offsetMapOf } from './offset-maps'
import { createTokenIndex, type TokenIndex } from './token-index'

export class DocumentState {
  #doc = $state.raw<OpenedDocument | null>(null)
  #spans = $state.raw<readonly Span[]>([])
  #selectedId = $state<string | null>(null)
  #reveal = $state.raw<{ spanId: string } | null>(null)
  #flash = $state.raw<{ spanId: string } | null>(null)
  #map = $derived(this.#doc ? offsetMapOf(this.#doc.text) : null)
  #tokens = $derived(this.#map ? createTokenIndex(this.#map) : null)
  // Read by many views: found once per change, not once per read (10,000 spans).
  #selected = $derived(this.#selectedId === null ? null : (this.#spans.find((s) => s.id === this.#selectedId) ?? null))
  #revealOffsets = $state.raw<{ start: number; end: number } | null>(null)
  /** Code point offset of the first paragraph in view (the text view keeps it current). */
  viewportStart = $state(0)
  /** The title in the header is being edited (F2, a double-click). */
  renaming = $state(false)

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
  /** Token steps for the keyboard caret and boundary moves. */
  get tokens(): TokenIndex | null {
    return this.#tokens
  }
  /** The latest request to scroll a stretch of text (a find hit, the caret) into view; a new object each time. */
  get revealOffsetsRequest(): { start: number; end: number } | null {
    return this.#revealOffsets
  }
  revealOffsets(start: number, end: number): void {
    this.#revealOffsets = { start, end }
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
    return this.#selected
  }

  show(doc: OpenedDocument): void {
    this.#doc = doc
    this.#spans = [...doc.spans].sort(compareSpans)
    this.#selectedId = null
    this.#reveal = null
    this.#flash = null
    this.#revealOffsets = null
    this.viewportStart = 0
  }

  select(id: string | null): void {
    this.#selectedId = id !== null && this.#spans.some((s) => s.id === id) ? id : null
  }

  /** Selects a span and asks the text view to scroll it into view. */
  reveal(id: string): void {
    this.select(id)
    if (this.#selectedId === id) this.#reveal = { spanId: id }
  }

  /** The spans after an edit (already in FORMAT.md's order); a selected span that is gone is let go. */
  setSpans(spans: readonly Span[]): void {
    this.#spans = spans
    if (this.#selectedId !== null && !spans.some((s) => s.id === this.#selectedId)) this.#selectedId = null
  }

  /** Asks the text view to flash a span (picked in the span panel), after scrolling to it. */
  flash(id: string): void {
    this.reveal(id)
    if (this.#selectedId === id) this.#flash = { spanId: id }
  }
  /** The latest request to flash a span; a new object each time. */
  get flashRequest(): { spanId: string } | null {
    return this.#flash
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
