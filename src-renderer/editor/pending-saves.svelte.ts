/**
 * Span edits shown at once and not yet on disk: how many steps wait (the status
 * bar says "Saving…"), and each such document's spans as the window shows them,
 * so reopening it before its saves land shows the edits too.
 */
import type { Span } from '../../src-main/core/model/span'

export class PendingSavesState {
  #pending = $state(0)
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read only when a document is opened, never drawn
  #spans = new Map<string, readonly Span[]>()

  get pending(): number {
    return this.#pending
  }
  /** The document's spans with unsaved edits, or null when everything of it is saved. */
  unsaved(docId: string): readonly Span[] | null {
    return this.#spans.get(docId) ?? null
  }

  add(docId: string, spans: readonly Span[]): void {
    this.#pending++
    this.#spans.set(docId, spans)
  }
  done(n: number): void {
    this.#pending = Math.max(0, this.#pending - n)
  }
  /** Every step of the document is saved (or was dropped): disk and window agree again. */
  settled(docId: string): void {
    this.#spans.delete(docId)
  }
}
