/**
 * A LearnerHost whose learner lives in a worker thread: each call is a message
 * { id, method, args } answered by { id, value } or { id, error }. The worker
 * (learner-worker.ts) serves the in-process host, so both run the same code.
 */
import { Worker } from 'node:worker_threads'
import type { LearnerHost } from './learner-host'

type Method = Exclude<keyof LearnerHost, 'close'>
export interface HostRequest {
  id: number
  method: Method
  args: unknown[]
}
export type HostReply = { id: number; value: unknown } | { id: number; error: string }

/**
 * A worker that stops (a crash, running out of memory) is started again at the
 * next call; the learner it held is gone, so that call fails and the engine
 * loads or rebuilds the learner on the one after (engine.ts forgets what it built).
 */
export function workerLearnerHost(file: string): LearnerHost {
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>()
  let next = 1
  let closed = false
  let worker: Worker | null = null

  const start = (): Worker => {
    const w = new Worker(file)
    w.unref()
    const failAll = (error: Error): void => {
      if (worker === w) worker = null
      for (const p of waiting.values()) p.reject(error)
      waiting.clear()
    }
    w.on('message', (reply: HostReply) => {
      const p = waiting.get(reply.id)
      if (!p) return
      waiting.delete(reply.id)
      if ('error' in reply) p.reject(new Error(reply.error))
      else p.resolve(reply.value)
      if (waiting.size === 0) w.unref()
    })
    w.on('error', (error) => failAll(error))
    w.on('exit', (code) => failAll(new Error(closed ? 'the suggestion worker was closed' : `the suggestion worker stopped (exit ${code})`)))
    return w
  }

  const call =
    (method: Method) =>
    (...args: unknown[]): Promise<never> =>
      new Promise((resolve, reject) => {
        if (closed) return reject(new Error('the suggestion worker was closed'))
        worker ??= start()
        const id = next++
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject })
        worker.ref()
        worker.postMessage({ id, method, args } satisfies HostRequest)
      }) as Promise<never>

  return {
    load: call('load'),
    rebuild: call('rebuild'),
    suggest: call('suggest'),
    rules: call('rules'),
    accept: call('accept'),
    reject: call('reject'),
    async close() {
      closed = true
      await worker?.terminate()
    },
  }
}
