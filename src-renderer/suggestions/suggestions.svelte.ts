/**
 * The open document's suggestions: what the learner offered, which one is
 * current (drawn stronger, taken by A and X), and the labels whose suggestions
 * are hidden. Accepted and rejected ones leave at once, without asking again.
 */
import { SvelteSet } from 'svelte/reactivity'
import type { DocumentSuggestions, Suggestion } from '../../src-main/api'
import type { Span } from '../../src-main/core/model/span'
import { DEFAULT_THRESHOLD } from '../../src-main/core/suggest/combine'
import { readHiddenLabels, saveHiddenLabels } from './hidden-labels'
import { shareRepeats } from './share-repeats'
import { byPlace, suggestionKey } from './shown'
import { trackShownSuggestions } from './shown-tracker'

export class SuggestionsState {
  #docId = $state<string | null>(null)
  #all = $state.raw<readonly Suggestion[]>([])
  #thresholds = $state.raw<Record<string, number>>({})
  #loading = $state(false)
  #failed = $state(false)
  #currentKey = $state<string | null>(null)
  readonly #hidden = new SvelteSet(readHiddenLabels())
  #shown: readonly Suggestion[]
  #current: Suggestion | null

  /** `spans`: the open document's spans in text order (a suggestion over one of its label is not shown). */
  constructor(spans: () => readonly Span[]) {
    // By difference from the last answer: after a tag, only the suggestions its span overlaps are looked at.
    const shown = trackShownSuggestions()
    this.#shown = $derived(shown(this.#all, spans(), this.#hidden))
    this.#current = $derived(this.#currentKey === null ? null : (this.#shown.find((s) => suggestionKey(s) === this.#currentKey) ?? null))
  }

  get docId(): string | null {
    return this.#docId
  }
  get loading(): boolean {
    return this.#loading
  }
  /** The learner could not answer for the open document (said in the panel, not the banner: suggestions are a help). */
  get failedToLoad(): boolean {
    return this.#failed
  }
  /** In text order: neither hidden by label nor already a span. */
  get shown(): readonly Suggestion[] {
    return this.#shown
  }
  get current(): Suggestion | null {
    return this.#current
  }
  get hidden(): ReadonlySet<string> {
    return this.#hidden
  }

  thresholdOf(label: string): number {
    return this.#thresholds[label] ?? DEFAULT_THRESHOLD
  }
  /** At or above its label's threshold: what Shift+A takes. */
  sure(s: Suggestion): boolean {
    return s.score >= this.thresholdOf(s.label)
  }

  /** A document was opened: its old suggestions go at once, the new ones come later. */
  start(docId: string | null): void {
    if (docId !== this.#docId) {
      this.#all = []
      this.#currentKey = null
    }
    this.#docId = docId
    this.#loading = docId !== null
    this.#failed = false
  }

  /** The learner's answer, if it is still for the open document. */
  load(result: DocumentSuggestions): void {
    if (result.docId !== this.#docId) return
    this.#all = shareRepeats([...result.suggestions]).sort(byPlace)
    this.#thresholds = result.thresholds
    this.#loading = false
  }

  failed(docId: string): void {
    if (docId !== this.#docId) return
    this.#loading = false
    this.#failed = true
  }

  setCurrent(s: Suggestion | null): void {
    this.#currentKey = s ? suggestionKey(s) : null
  }

  /** The next (1) or previous (-1) shown suggestion after the current one, wrapping; without one, the first from `from`. */
  step(direction: 1 | -1, from = 0): Suggestion | null {
    const list = this.#shown
    if (list.length === 0) return null
    const at = this.#current ? list.indexOf(this.#current) : -1
    let next: Suggestion | undefined
    if (at >= 0) next = list[(at + direction + list.length) % list.length]
    else if (direction === 1) next = list.find((s) => s.start >= from) ?? list[0]
    else next = list.findLast((s) => s.start < from) ?? list.at(-1)
    this.setCurrent(next ?? null)
    return next ?? null
  }

  /** If `s` is current, the shown suggestion after it becomes current (none: the one before it). */
  advance(s: Suggestion): void {
    const key = suggestionKey(s)
    if (this.#currentKey !== key) return
    const others = this.#shown.filter((x) => suggestionKey(x) !== key)
    this.setCurrent(others.find((x) => byPlace(x, s) > 0) ?? others.at(-1) ?? null)
  }

  /** Takes a rejected suggestion out; the one after it becomes current if it was. */
  drop(s: Suggestion): void {
    this.advance(s)
    const key = suggestionKey(s)
    this.#all = this.#all.filter((x) => suggestionKey(x) !== key)
  }

  /** Puts a suggestion back (a rejection undone) and makes it current. */
  restore(s: Suggestion): void {
    const key = suggestionKey(s)
    if (!this.#all.some((x) => suggestionKey(x) === key)) this.#all = [...this.#all, s].sort(byPlace)
    this.#currentKey = key
  }

  /** The thresholds as the workspace now stores them. */
  setThresholds(thresholds: Record<string, number>): void {
    this.#thresholds = thresholds
  }

  toggleLabel(label: string): void {
    if (!this.#hidden.delete(label)) this.#hidden.add(label)
    saveHiddenLabels([...this.#hidden])
  }
}
