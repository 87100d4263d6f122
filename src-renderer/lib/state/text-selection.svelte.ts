/**
 * The analyst's pending text selection (not yet a span), in code points, and
 * whether Alt was held when the mouse was released (then: exact characters).
 */
import type { TextRange } from '../highlight/range-to-offsets'

export class TextSelectionState {
  #range = $state<TextRange | null>(null)
  #exact = $state(false)

  get range(): TextRange | null {
    return this.#range
  }
  get exact(): boolean {
    return this.#exact
  }

  set(range: TextRange | null): void {
    this.#range = range
    if (!range) this.#exact = false
  }
  setExact(exact: boolean): void {
    this.#exact = exact
  }
}
