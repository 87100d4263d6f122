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
