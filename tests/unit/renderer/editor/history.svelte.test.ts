// @vitest-environment jsdom
/** Undo and redo per document (editor/history.svelte.ts), as Ctrl+Z and Ctrl+Shift+Z use them. */
import { flushSync } from 'svelte'
import { describe, expect, it } from 'vitest'
import type { SpanEdit } from '../../../../src-main/core/model/span-edit'
import { HistoryState, type HistoryStep } from '../../../../src-renderer/editor/history.svelte'

const step = (id: string): HistoryStep => ({ forward: [{ op: 'remove', id } as SpanEdit], backward: [{ op: 'remove', id: `${id}-back` } as SpanEdit] })

describe('HistoryState', () => {
  it('undoes the last step first, then redoes it, per document', () => {
    const history = new HistoryState()
    const [a, b] = [step('a'), step('b')]
    history.record('d1', a)
    history.record('d1', b)
    history.record('d2', step('other'))
    expect(history.undo('d1')).toBe(b)
    expect(history.undo('d1')).toBe(a)
    expect(history.undo('d1')).toBeNull()
    expect(history.canUndo('d1')).toBe(false)
    expect(history.canUndo('d2')).toBe(true)
    expect(history.redo('d1')).toBe(a)
    expect(history.canRedo('d1')).toBe(true)
  })

  it('forgets what was undone once a new step is recorded, and everything when the document is reloaded', () => {
    const history = new HistoryState()
    history.record('d1', step('a'))
    history.undo('d1')
    history.record('d1', step('b'))
    expect(history.canRedo('d1')).toBe(false)
    history.forget('d1')
    expect([history.canUndo('d1'), history.canRedo('d1'), history.canUndo(null)]).toEqual([false, false, false])
  })

  it('puts a step whose replay failed back where it came from', () => {
    const history = new HistoryState()
    const a = step('a')
    history.record('d1', a)
    const taken = history.undo('d1') as HistoryStep
    history.restore('d1', taken, 'undo')
    expect([history.canUndo('d1'), history.canRedo('d1')]).toEqual([true, false])
    expect(history.undo('d1')).toBe(a)
  })

  it('keeps the last 500 steps', () => {
    const history = new HistoryState()
    for (let i = 0; i < 501; i++) history.record('d1', step(`s${i}`))
    let undone = 0
    while (history.undo('d1')) undone++
    expect(undone).toBe(500)
  })

  it('tells readers of canUndo when it changes (runes compiled)', () => {
    const history = new HistoryState()
    const seen: boolean[] = []
    const stop = $effect.root(() => {
      $effect(() => void seen.push(history.canUndo('d1')))
    })
    flushSync()
    history.record('d1', step('a'))
    flushSync()
    stop()
    expect(seen).toEqual([false, true])
  })
})
