/**
 * The stale-lock race: N processes find a lock left by a process that is gone
 * and all try to take it over at once, round after round. At most one may hold
 * it: every other must be told the workspace is in use (by the winner).
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { LOCK_FILE } from '../src-main/store/workspace/layout'
import { bundleForNode } from './bundle-for-node'

export interface LockRaceCounts {
  rounds: number
  processes: number
  /** Rounds where exactly one process took the stale lock over and the lock file names it. */
  takenOnce: number
  /** Rounds where two or more processes held the lock at once. */
  twoHolders: number
  problems: string[]
}

type Answer = { took: true } | { took: false; code: string; message: string }

export async function raceStaleLock(options: { processes: number; rounds: number; onRound?(round: number, counts: LockRaceCounts): void }): Promise<LockRaceCounts> {
  const counts: LockRaceCounts = { rounds: 0, processes: options.processes, takenOnce: 0, twoHolders: 0, problems: [] }
  const work = await mkdtemp(join(tmpdir(), 'spanwright-lock-race-'))
  const children: ChildProcess[] = []
  try {
    const bundle = await bundleForNode(new URL('./lock-race-child.ts', import.meta.url), join(work, 'lock-race-child.mjs'))
    for (let i = 0; i < options.processes; i++) children.push(fork(bundle, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }))
    await Promise.all(children.map((c) => next(c)))
    for (let round = 1; round <= options.rounds; round++) {
      const dir = join(work, `ws-${round}`)
      await mkdir(dir)
      await writeFile(join(dir, LOCK_FILE), staleLock())
      const answers = await Promise.all(
        children.map((c) => {
          const answer = next<Answer>(c)
          c.send({ dir, now: new Date().toISOString() })
          return answer
        }),
      )
      const winners = children.filter((_, i) => answers[i]?.took)
      if (winners.length > 1) counts.twoHolders++
      const onDisk = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as { pid: number }
      if (winners.length === 1 && onDisk.pid === winners[0]?.pid) counts.takenOnce++
      else counts.problems.push(`round ${round}: ${winners.length} processes took the lock; the file names pid ${onDisk.pid}`)
      for (const a of answers) if (!a.took && a.code !== 'locked') counts.problems.push(`round ${round}: refused with ${a.code}: ${a.message}`)
      await Promise.all(
        children.map((c) => {
          const done = next(c)
          c.send({ release: true })
          return done
        }),
      )
      counts.rounds = round
      options.onRound?.(round, counts)
    }
  } finally {
    for (const c of children) c.disconnect()
    await rm(work, { recursive: true, force: true })
  }
  return counts
}

/** A lock left by a process that ran on this computer and is gone. */
function staleLock(): string {
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  return JSON.stringify({ schema: 1, pid: Number(gone.stdout), host: hostname(), holder: 'a crashed Spanwright', since: '2026-01-01T00:00:00.000Z' })
}

function next<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`a lock racer exited with ${code}`))
    child.once('exit', onExit)
    child.once('message', (m) => {
      child.off('exit', onExit)
      resolve(m as T)
    })
  })
}
