/**
 * Undo and redo, per document: each step is a list of span edits and the list
 * that reverses it, or an action that is not a span edit (a rejected suggestion).
 * Kept while the window is open, across switching documents.
 */
import type { SpanEdit } from '../../src-main/core/model/span-edit'

/** A step the span editor cannot replay itself: it calls these instead (a rejection is undone by restoring it). */
export interface HistoryAction {
  undo(): Promise<void>
  redo(): Promise<void>
}

export interface HistoryStep {
  forward: SpanEdit[]
  backward: SpanEdit[]
  /** When present, the step is this action and its edit lists are empty. */
  action?: HistoryAction
}

interface Stacks {
  undo: HistoryStep[]
  redo: HistoryStep[]
}

const LIMIT = 500

export class HistoryState {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- the stacks change in place; #version tells readers
  #stacks = new Map<string, Stacks>()
  /** Bumped on every change, so canUndo/canRedo are reactive. */
  #version = $state(0)
  /** Edits recorded so far, in any document: whether a deletion is still the latest thing to undo. */
  recorded = 0

  #of(docId: string): Stacks {
    let stacks = this.#stacks.get(docId)
    if (!stacks) this.#stacks.set(docId, (stacks = { undo: [], redo: [] }))
    return stacks
  }

  canUndo(docId: string | null): boolean {
    void this.#version
    return docId !== null && (this.#stacks.get(docId)?.undo.length ?? 0) > 0
  }
  canRedo(docId: string | null): boolean {
    void this.#version
    return docId !== null && (this.#stacks.get(docId)?.redo.length ?? 0) > 0
  }

  /** A new edit: undoable, and whatever was undone before can no longer be redone. */
  record(docId: string, step: HistoryStep): void {
    const stacks = this.#of(docId)
    stacks.undo.push(step)
    if (stacks.undo.length > LIMIT) stacks.undo.shift()
    stacks.redo = []
    this.recorded++
    this.#version++
  }

  /** The step the next undo would take back, if any. */
  latest(docId: string): HistoryStep | null {
    return this.#stacks.get(docId)?.undo.at(-1) ?? null
  }

  /** Takes the step to undo (the caller applies its backward list), moving it to the redo stack. */
  undo(docId: string): HistoryStep | null {
    const stacks = this.#of(docId)
    const step = stacks.undo.pop() ?? null
    if (step) stacks.redo.push(step)
    this.#version++
    return step
  }

  redo(docId: string): HistoryStep | null {
    const stacks = this.#of(docId)
    const step = stacks.redo.pop() ?? null
    if (step) stacks.undo.push(step)
    this.#version++
    return step
  }

  /** Puts a step back where it came from when applying it failed. */
  restore(docId: string, step: HistoryStep, from: 'undo' | 'redo'): void {
    const stacks = this.#of(docId)
    const [to, back] = from === 'undo' ? [stacks.redo, stacks.undo] : [stacks.undo, stacks.redo]
    if (to.at(-1) === step) to.pop()
    back.push(step)
    this.#version++
  }

  /** The document was reloaded from disk: its old steps no longer apply. */
  forget(docId: string): void {
    this.#stacks.delete(docId)
    this.#version++
  }
}
