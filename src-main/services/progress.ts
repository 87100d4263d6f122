import type { Api } from '../api'
import type { TaskProgress } from '../core/export'

/** The progress of the export or import running now; the window polls it (taskProgress). */
export class Progress {
  private state: TaskProgress = { task: null, done: 0, total: 0 }
  private runs = 0
  private readonly listeners = new Set<(progress: TaskProgress) => void>()

  /** Calls `listener` on every change (the command line's progress bar); returns the unsubscribe function. */
  listen(listener: (progress: TaskProgress) => void): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  get current(): TaskProgress {
    return { ...this.state }
  }

  /** Runs `work`, reporting through the callback it is given; clears the state when it ends. */
  async track<T>(task: 'export' | 'import', work: (report: (done: number, total: number) => void) => Promise<T>): Promise<T> {
    // The latest task owns the state; an earlier one that ends later does not clear it.
    const run = ++this.runs
    this.state = { task, done: 0, total: 0 }
    try {
      return await work((done, total) => {
        if (run !== this.runs) return
        this.state = { task, done, total }
        for (const listener of this.listeners) listener(this.current)
      })
    } finally {
      if (run === this.runs) this.state = { task: null, done: 0, total: 0 }
    }
  }
}

// Takes the Progress alone, not the ServiceContext: context.ts imports this file, and the reverse would be a cycle.
export function progressServices(progress: Progress): Pick<Api, 'taskProgress'> {
  return { taskProgress: async () => progress.current }
}
