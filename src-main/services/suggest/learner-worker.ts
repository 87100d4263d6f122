/** Entry of the suggestion worker thread (built as out/main/suggest-worker.js): serves the in-process host. */
import { parentPort } from 'node:worker_threads'
import { localLearnerHost, type LearnerHost } from './learner-host'
import type { HostReply, HostRequest } from './worker-host'

const host = localLearnerHost()
const port = parentPort
if (!port) throw new Error('learner-worker.ts runs as a worker thread')

// One request at a time, in order: an accept must reach the learner before the next suggest.
let queue: Promise<void> = Promise.resolve()
port.on('message', (request: HostRequest) => {
  queue = queue.then(async () => {
    let reply: HostReply
    try {
      const method = host[request.method] as (...args: unknown[]) => Promise<unknown>
      reply = { id: request.id, value: await method(...request.args) }
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) }
    }
    port.postMessage(reply)
  })
})

export type { LearnerHost }
