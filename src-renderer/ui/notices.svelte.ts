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
}

const TOAST_MS = 6000

export class NoticesState {
  #toasts = $state<Toast[]>([])
  #error = $state<Failure | null>(null)
  #next = 1

  get toasts(): readonly Toast[] {
    return this.#toasts
  }
  get error(): Failure | null {
    return this.#error
  }

  toast(message: string, action?: ToastAction): void {
    const id = this.#next++
    this.#toasts = [...this.#toasts, action ? { id, message, action } : { id, message }]
    // A message with a button stays longer: reading it and reaching for the mouse takes time.
    setTimeout(() => this.dismissToast(id), action ? TOAST_MS * 2 : TOAST_MS)
  }
  dismissToast(id: number): void {
    this.#toasts = this.#toasts.filter((t) => t.id !== id)
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
