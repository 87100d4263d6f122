/**
 * The analyst's pending text selection (not yet a span), in code points: made
 * with the mouse (then Alt held at release means exact characters) or with the
 * keyboard caret (whole tokens).
 */
import type { TextRange } from './highlight/range-to-offsets'

export type SelectionSource = 'mouse' | 'keys'

export class TextSelectionState {
  #range = $state<TextRange | null>(null)
  #exact = $state(false)
  #source = $state<SelectionSource>('mouse')

  get range(): TextRange | null {
    return this.#range
  }
  get exact(): boolean {
    return this.#exact
  }
  get source(): SelectionSource {
    return this.#source
  }

  set(range: TextRange | null, source: SelectionSource = 'mouse'): void {
    this.#range = range
    this.#source = source
    if (!range || source === 'keys') this.#exact = false
  }
  setExact(exact: boolean): void {
    this.#exact = exact
  }
}
