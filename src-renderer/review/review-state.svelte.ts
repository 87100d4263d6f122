/**
 * Review mode's state: the comparison (compareWith's answer), the document under
 * review with its items, the current difference and the view shown. Changes
 * arrive only after the service has answered (decisions are on disk by then).
 */
import type { ReviewComparison, ReviewDocumentView, ReviewItemView } from '../../src-main/api'
import { differencesOf } from './differences'
import { DecisionHistory } from './review-history.svelte'

export type ReviewTab = 'differences' | 'agreement'

export class ReviewState {
  #comparison = $state.raw<ReviewComparison | null>(null)
  #view = $state.raw<ReviewDocumentView | null>(null)
  #currentKey = $state<string | null>(null)
  #tab = $state<ReviewTab>('differences')
  #reveal = $state.raw<{ key: string } | null>(null)
  #differences = $derived(this.#view ? differencesOf(this.#view.items) : [])
  readonly history = new DecisionHistory()
  /** Whether the reviewer still has to hear that decisions overwrite this workspace's spans (once per window). */
  warnOverwrite = $state(true)

  get open(): boolean {
    return this.#comparison !== null
  }
  get comparison(): ReviewComparison | null {
    return this.#comparison
  }
  get view(): ReviewDocumentView | null {
    return this.#view
  }
  get tab(): ReviewTab {
    return this.#tab
  }
  /** The open document's items that are not matches, in text order. */
  get differences(): readonly ReviewItemView[] {
    return this.#differences
  }
  get currentKey(): string | null {
    return this.#currentKey
  }
  get current(): ReviewItemView | null {
    return this.#differences.find((d) => d.key === this.#currentKey) ?? null
  }
  /** 0-based, -1 when there is no current difference. */
  get currentIndex(): number {
    return this.#differences.findIndex((d) => d.key === this.#currentKey)
  }
  /** The latest request to scroll the current difference into view; a new object each time. */
  get revealRequest(): { key: string } | null {
    return this.#reveal
  }
  /** Differences still undecided over the whole comparison. */
  get pendingTotal(): number {
    return this.#comparison?.documents.reduce((n, d) => n + d.pending, 0) ?? 0
  }

  /** A new comparison, shown in `tab`: nothing open yet, no history (unless it is the same file compared anew). */
  start(comparison: ReviewComparison, tab: ReviewTab, keepHistory = false): void {
    this.#comparison = comparison
    this.#view = null
    this.#currentKey = null
    this.#tab = tab
    if (!keepHistory) this.history.clear()
  }

  /** Shows a document (or the same one anew) with `key` as the current difference. */
  show(view: ReviewDocumentView, key: string | null): void {
    this.#view = view
    this.#notePending(view)
    this.setCurrent(key)
  }

  /** The open document as the service now has it, the current difference kept. */
  update(view: ReviewDocumentView): void {
    if (view.id === this.#view?.id) this.#view = view
    this.#notePending(view)
  }

  setCurrent(key: string | null): void {
    this.#currentKey = key !== null && this.#differences.some((d) => d.key === key) ? key : null
    if (this.#currentKey) this.#reveal = { key: this.#currentKey }
  }

  setTab(tab: ReviewTab): void {
    this.#tab = tab
  }

  close(): void {
    this.#comparison = null
    this.#view = null
    this.#currentKey = null
    this.#reveal = null
    this.history.clear()
  }

  #notePending(view: ReviewDocumentView): void {
    const c = this.#comparison
    if (!c) return
    this.#comparison = { ...c, documents: c.documents.map((d) => (d.id === view.id ? { ...d, pending: view.pending } : d)) }
  }
}
