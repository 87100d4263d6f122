/**
 * One of the processes the stale-lock race starts (see lock-race.ts). It waits
 * for messages from its parent (IPC):
 *   {"dir": D, "now": T}  take the lock of workspace D; answers {"took": true} or {"took": false, "code", "message"}
 *   {"release": true}     gives up the lock it took, if any; answers {"released": true}
 * and exits when the parent disconnects.
 */
import { WorkspaceLock } from '../src-main/store/files/workspace-lock'

type Message = { dir: string; now: string } | { release: true }

let held: WorkspaceLock | null = null
const send = (message: object): void => void process.send?.(message)

process.on('message', (message: Message) => {
  void (async () => {
    if ('release' in message) {
      await held?.release()
      held = null
      send({ released: true })
      return
    }
    try {
      held = await WorkspaceLock.acquire(message.dir, 'a lock racer', message.now)
      send({ took: true })
    } catch (error) {
      const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : 'none'
      send({ took: false, code, message: error instanceof Error ? error.message : String(error) })
    }
  })()
})
process.on('disconnect', () => process.exit(0))
send({ loaded: true })
