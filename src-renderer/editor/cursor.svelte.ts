/**
 * The keyboard caret: a run of whole tokens from `anchor` to `focus` (each a
 * token's [start, end) in code points). Arrow keys move the focus; Shift keeps
 * the anchor. It is the pending selection a label key tags.
 */
import type { Token } from './token-index'

export class CursorState {
  #anchor = $state.raw<Token | null>(null)
  #focus = $state.raw<Token | null>(null)

  get anchor(): Token | null {
    return this.#anchor
  }
  get focus(): Token | null {
    return this.#focus
  }
  /** [start, end) covered, or null when there is no caret. */
  get range(): { start: number; end: number } | null {
    const a = this.#anchor
    const f = this.#focus
    if (!a || !f) return null
    return { start: Math.min(a[0], f[0]), end: Math.max(a[1], f[1]) }
  }

  set(focus: Token | null, extend = false): void {
    this.#focus = focus
    if (!extend || !this.#anchor) this.#anchor = focus
    if (!focus) this.#anchor = null
  }
}
