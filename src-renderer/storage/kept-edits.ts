/**
 * A failed save never loses the edit. Edits go through here: when the service
 * says the file system refused the write (code 'io': nothing was saved), the call
 * is kept in memory, in order, with every edit made after it, and tried again
 * with growing pauses (or at once on "Retry now"). The caller's promise settles
 * only when its edit is on disk, so the window still shows only what is saved.
 */
import type { WindowApi } from '../../src-main/api'
import type { ApiMethod } from '../../src-main/api-methods'
import { hasCode } from '../../src-main/core/api-envelope'
import type { SavingState } from './saving.svelte'

/** What this file tells the window (SavingState implements it). */
export type SaveReporter = Pick<SavingState, 'failed' | 'attempting' | 'waitingNow' | 'cleared'>

/** Calls that change the workspace and may simply be made again later. */
export const KEPT_EDITS: readonly ApiMethod[] = ['applySpanEdits', 'setDocumentStatus', 'updateLabels']

/** Pauses before each automatic retry, in ms (the last repeats). */
export const RETRY_DELAYS: readonly number[] = [1000, 2000, 4000, 8000, 15000]

interface Kept {
  call: () => Promise<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

export interface KeptEdits {
  api: WindowApi
  /** Tries the kept edits now. */
  retryNow(): void
}

export function keepFailedEdits(api: WindowApi, state: SaveReporter, onSaved: () => void): KeptEdits {
  const queue: Kept[] = []
  let timer: ReturnType<typeof setTimeout> | null = null
  let attempt = 0
  let flushing = false

  const schedule = (error: Error): void => {
    const delay = RETRY_DELAYS[Math.min(attempt, RETRY_DELAYS.length - 1)] as number
    attempt++
    state.failed(error.message, queue.length, Date.now() + delay)
    timer = setTimeout(() => void flush(), delay)
  }

  const flush = async (): Promise<void> => {
    if (flushing) return
    flushing = true
    if (timer) clearTimeout(timer)
    timer = null
    try {
      while (queue.length) {
        const head = queue[0] as Kept
        state.attempting(queue.length)
        try {
          head.resolve(await head.call())
        } catch (error) {
          if (hasCode(error, 'io')) return schedule(error)
          head.reject(error) // refused for another reason (say, the span is gone): not a save to keep
        }
        queue.shift()
      }
      attempt = 0
      state.cleared()
      onSaved()
    } finally {
      flushing = false
      // An edit that failed just as the loop ended still gets its turn.
      if (queue.length && !timer) timer = setTimeout(() => void flush(), 0)
    }
  }

  const kept = (call: () => Promise<unknown>): Promise<unknown> => {
    // While edits wait, later ones wait behind them: order is kept.
    if (queue.length) {
      return new Promise((resolve, reject) => {
        queue.push({ call, resolve, reject })
        state.waitingNow(queue.length)
      })
    }
    return call().catch((error: unknown) => {
      if (!hasCode(error, 'io')) throw error
      return new Promise((resolve, reject) => {
        queue.push({ call, resolve, reject })
        if (queue.length === 1 && !flushing) schedule(error)
        else state.waitingNow(queue.length)
      })
    })
  }

  const wrapped: Record<string, unknown> = { ...api }
  for (const method of KEPT_EDITS) {
    const original = api[method] as (input: unknown) => Promise<unknown>
    wrapped[method] = (input: unknown) => kept(() => original.call(api, input))
  }
  return {
    api: wrapped as unknown as WindowApi,
    retryNow: () => void flush(),
  }
}
