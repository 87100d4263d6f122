/**
 * Undo and redo of review decisions: each step is one decision changed, with
 * the value before and after, so undoing re-decides the previous value.
 */
import type { ReviewDecision } from '../../src-main/api'

export interface DecisionStep {
  docId: string
  key: string
  before: ReviewDecision | null
  after: ReviewDecision | null
}

export class DecisionHistory {
  #undo = $state.raw<readonly DecisionStep[]>([])
  #redo = $state.raw<readonly DecisionStep[]>([])

  get canUndo(): boolean {
    return this.#undo.length > 0
  }
  get canRedo(): boolean {
    return this.#redo.length > 0
  }

  /** A decision taken (not an undo or redo): a new branch, so redo is forgotten. */
  record(step: DecisionStep): void {
    this.#undo = [...this.#undo, step]
    this.#redo = []
  }
  /** The step to undo; call `undone` once it is saved. */
  peekUndo(): DecisionStep | null {
    return this.#undo[this.#undo.length - 1] ?? null
  }
  peekRedo(): DecisionStep | null {
    return this.#redo[this.#redo.length - 1] ?? null
  }
  undone(): void {
    const step = this.peekUndo()
    if (!step) return
    this.#undo = this.#undo.slice(0, -1)
    this.#redo = [...this.#redo, step]
  }
  redone(): void {
    const step = this.peekRedo()
    if (!step) return
    this.#redo = this.#redo.slice(0, -1)
    this.#undo = [...this.#undo, step]
  }
  clear(): void {
    this.#undo = []
    this.#redo = []
  }
}
