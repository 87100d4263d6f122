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

export function workerLearnerHost(file: string): LearnerHost {
  const worker = new Worker(file)
  worker.unref()
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>()
  let next = 1
  let broken: Error | null = null
  const failAll = (error: Error): void => {
    broken = error
    for (const w of waiting.values()) w.reject(error)
    waiting.clear()
  }
  worker.on('message', (reply: HostReply) => {
    const w = waiting.get(reply.id)
    if (!w) return
    waiting.delete(reply.id)
    if ('error' in reply) w.reject(new Error(reply.error))
    else w.resolve(reply.value)
  })
  worker.on('error', (error) => failAll(error))
  worker.on('exit', (code) => failAll(new Error(`the suggestion worker stopped (exit ${code})`)))

  const call =
    (method: Method) =>
    (...args: unknown[]): Promise<never> =>
      new Promise((resolve, reject) => {
        if (broken) return reject(broken)
        const id = next++
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject })
        worker.ref()
        worker.postMessage({ id, method, args } satisfies HostRequest)
      }).finally(() => {
        if (waiting.size === 0) worker.unref()
      }) as Promise<never>

  return {
    load: call('load'),
    rebuild: call('rebuild'),
    suggest: call('suggest'),
    rules: call('rules'),
    accept: call('accept'),
    reject: call('reject'),
    async close() {
      broken ??= new Error('the suggestion worker was closed')
      await worker.terminate()
    },
  }
}
