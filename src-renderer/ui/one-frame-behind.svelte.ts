/**
 * A value that follows another one frame behind: taken again in a task posted from
 * the next frame's animation callbacks, so once that frame is drawn. The span panel
 * follows the text so: a tag's frame draws the new highlight alone, and the panel's
 * rows and details, built and laid out again (most of that frame's cost), come in the
 * next one. Changes within one frame are taken together, the latest of them.
 */
import { untrack } from 'svelte'

export class OneFrameBehind<T> {
  #value = $state.raw() as T

  /** Created while a component initialises (it runs an effect). */
  constructor(read: () => T) {
    this.#value = untrack(read)
    let waiting = false
    $effect(() => {
      read()
      if (waiting) return
      waiting = true
      requestAnimationFrame(() =>
        setTimeout(() => {
          waiting = false
          this.#value = read()
        }, 0),
      )
    })
  }

  get current(): T {
    return this.#value
  }
}
