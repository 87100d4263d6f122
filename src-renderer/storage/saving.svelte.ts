/**
 * Saves the file system refused (read-only folder, disk full): how many edits
 * wait in memory, what the last attempt said, and when the next one runs.
 */
export class SavingState {
  #message = $state<string | null>(null)
  #waiting = $state(0)
  #retryAt = $state<number | null>(null)
  #retrying = $state(false)

  /** The last failure's message (names the file and the reason), while edits wait. */
  get message(): string | null {
    return this.#message
  }
  get waiting(): number {
    return this.#waiting
  }
  /** Date.now() of the next automatic attempt, or null while one runs or nothing waits. */
  get retryAt(): number | null {
    return this.#retryAt
  }
  get retrying(): boolean {
    return this.#retrying
  }

  failed(message: string, waiting: number, retryAt: number): void {
    this.#message = message
    this.#waiting = waiting
    this.#retryAt = retryAt
    this.#retrying = false
  }
  attempting(waiting: number): void {
    this.#waiting = waiting
    this.#retryAt = null
    this.#retrying = true
  }
  waitingNow(waiting: number): void {
    this.#waiting = waiting
  }
  cleared(): void {
    this.#message = null
    this.#waiting = 0
    this.#retryAt = null
    this.#retrying = false
  }
}
