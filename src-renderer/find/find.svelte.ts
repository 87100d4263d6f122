/**
 * The find bar: what is searched, how, and which hit is current. Hits are found
 * in the whole text (not only the part drawn), as code point offsets.
 */
import { findMatches, type FindOptions, type FindResult } from '../../src-main/core/find-matches'
import type { OffsetMap } from '../../src-main/core/offsets'

const NONE: FindResult = { ok: true, matches: [], truncated: false }

export class FindState {
  open = $state(false)
  query = $state('')
  regex = $state(false)
  wholeWord = $state(false)
  matchCase = $state(false)
  /** Index of the current hit in `matches`, or -1. */
  current = $state(-1)
  /** The label "Label all matches" uses (null: the first label). */
  label = $state<string | null>(null)
  /** Bumped to ask the find bar to take the keyboard focus. */
  focusRequest = $state(0)

  #result: FindResult

  constructor(map: () => OffsetMap | null) {
    this.#result = $derived.by(() => {
      const m = map()
      return this.open && m ? findMatches(m, this.options) : NONE
    })
  }

  get options(): FindOptions {
    return { query: this.query, regex: this.regex, wholeWord: this.wholeWord, matchCase: this.matchCase }
  }
  get matches(): ReadonlyArray<readonly [number, number]> {
    return this.#result.ok ? this.#result.matches : []
  }
  get truncated(): boolean {
    return this.#result.ok && this.#result.truncated
  }
  /** Why the regular expression is invalid, or null. */
  get error(): string | null {
    return this.#result.ok ? null : this.#result.error
  }
  get currentMatch(): readonly [number, number] | null {
    return this.matches[this.current] ?? null
  }
}
