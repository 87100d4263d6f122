/** Long-running work in progress (an export, an import), so the controls that started it can say so. */
export type Activity = 'export' | 'import'

export class ActivityState {
  #running = $state<readonly Activity[]>([])

  busy(activity: Activity): boolean {
    return this.#running.includes(activity)
  }

  /** Runs `task` as `activity`; returns false without running it when that activity is already running. */
  async run(activity: Activity, task: () => Promise<void>): Promise<boolean> {
    if (this.busy(activity)) return false
    this.#running = [...this.#running, activity]
    try {
      await task()
    } finally {
      this.#running = this.#running.filter((a) => a !== activity)
    }
    return true
  }
}
