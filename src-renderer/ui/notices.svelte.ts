/** Messages for the analyst: short-lived toasts and the error banner of a failed call. */
import { ApiError } from '../../src-main/core/api-envelope'

export interface Failure {
  /** What the analyst was doing, e.g. "Could not tag the selection". */
  context: string
  /** What the service said (its messages are written for the user). */
  message: string
  /** The refused call's code (ApiError), for the views that react to one kind (a conflict lists the conflicts). */
  code?: string
}

/** A button in a message ("Undo"): running it dismisses the message. */
export interface ToastAction {
  label: string
  run: () => void
}

export interface Toast {
  id: number
  message: string
  action?: ToastAction
  /** What the message reports (an undo step): withdrawn when that is taken back. */
  about?: object
}

const TOAST_MS = 6000

export class NoticesState {
  // Raw: a message keeps the very object it reports (compared by identity when withdrawn); the list is replaced, never changed in place.
  #toasts = $state.raw<Toast[]>([])
  #error = $state<Failure | null>(null)
  #next = 1

  get toasts(): readonly Toast[] {
    return this.#toasts
  }
  get error(): Failure | null {
    return this.#error
  }

  /**
   * Shows a message in place of any earlier one: five quick shortcuts leave one
   * message to read, not a stack of five over the window.
   */
  toast(message: string, action?: ToastAction, about?: object): void {
    const id = this.#next++
    this.#toasts = [{ id, message, ...(action ? { action } : {}), ...(about ? { about } : {}) }]
    // A message with a button stays longer: reading it and reaching for the mouse takes time.
    setTimeout(() => this.dismissToast(id), action ? TOAST_MS * 2 : TOAST_MS)
  }
  dismissToast(id: number): void {
    this.#toasts = this.#toasts.filter((t) => t.id !== id)
  }
  /** What a message reported was taken back (Ctrl+Z): the message no longer tells the truth. */
  withdraw(about: object): void {
    if (this.#toasts.some((t) => t.about === about)) this.#toasts = this.#toasts.filter((t) => t.about !== about)
  }

  /** Shows what a failed call said, replacing any earlier failure. */
  fail(context: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error)
    this.#error = error instanceof ApiError ? { context, message, code: error.code } : { context, message }
  }
  /** The same kind of call succeeded since: its old failure no longer applies. */
  resolve(context: string): void {
    if (this.#error?.context === context) this.#error = null
  }
  dismissError(): void {
    this.#error = null
  }
}
