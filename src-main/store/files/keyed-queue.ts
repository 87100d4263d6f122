/** Runs tasks one at a time per key, so read-modify-write of one document never interleaves. */
export class KeyedQueue {
  private tails = new Map<string, Promise<unknown>>()

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    const next = previous.catch(() => undefined).then(task)
    this.tails.set(key, next)
    void next.catch(() => undefined).then(() => {
      if (this.tails.get(key) === next) this.tails.delete(key)
    })
    return next
  }
}

const shared = new Map<string, KeyedQueue>()

/**
 * The one queue of `scope` (a workspace's real path) in this process. Two
 * openings of one workspace in a process (two windows, the harness twice) share
 * the lock, so they must also take turns at each file: otherwise both read the
 * same version, both write, and the first write is lost.
 */
export function sharedQueue(scope: string): KeyedQueue {
  let queue = shared.get(scope)
  if (!queue) {
    queue = new KeyedQueue()
    shared.set(scope, queue)
  }
  return queue
}
