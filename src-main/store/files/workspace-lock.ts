/**
 * One process writes a workspace at a time: `.spanwright.lock` holds the
 * writer's pid, host and start time. A lock whose process is gone (same host,
 * no such pid) is stale and taken over; any other lock is refused with a message
 * saying who holds it. Reading needs no lock: every file is replaced by a rename.
 *
 * Taking over is atomic: a taker first claims that very stale lock (a file named
 * after its content, created exclusively), checks under the claim that the lock
 * still holds that content, and then renames its own lock over it, so there is
 * never a moment without a lock for a third process to fill.
 */
import { createHash, randomBytes } from 'node:crypto'
import { link, open, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { z } from 'zod'
import { SpanwrightError } from '../../core/errors'
import { SCHEMA_VERSIONS } from '../../core/model'
import { isCode, syncFolder, TEMP_PREFIX } from './atomic-write'
import { KeyedQueue } from './keyed-queue'
import { processAlive } from './process-alive'
import { LOCK_FILE } from '../workspace/layout'

const LockInfo = z.object({
  schema: z.number().int(),
  pid: z.number().int().positive(),
  host: z.string(),
  holder: z.string(),
  since: z.string(),
})
type LockInfo = z.infer<typeof LockInfo>

/** Locks this process holds, by real path: opening one workspace twice in a process shares its lock. */
const held = new Map<string, { count: number; info: LockInfo }>()
/** Acquisitions in this process, one at a time per workspace (so two openings cannot both create the lock). */
const acquiring = new KeyedQueue()

/** Error codes that mean the folder cannot be written at all. */
const READ_ONLY_CODES = ['EROFS', 'EACCES', 'EPERM']

/** How often a taker waits for another one to finish taking a stale lock over. */
const ATTEMPTS = 50

export class WorkspaceLock {
  private released = false

  private constructor(
    readonly file: string,
    private readonly key: string,
  ) {}

  /**
   * Takes the lock of workspace `dir` for `holder` ("the Spanwright app"). Throws
   * 'locked' when another live process holds it (or the lock is not a file),
   * 'read_only' when the folder cannot be written.
   */
  static async acquire(dir: string, holder: string, now: string): Promise<WorkspaceLock> {
    const file = join(dir, LOCK_FILE)
    const key = join(await realpath(dir), LOCK_FILE)
    return acquiring.run(key, async () => {
      const mine = held.get(key)
      if (mine) {
        mine.count++
        return new WorkspaceLock(file, key)
      }
      const info: LockInfo = { schema: SCHEMA_VERSIONS.lock, pid: process.pid, host: hostname(), holder, since: now }
      const text = `${JSON.stringify(info, null, 2)}\n`
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        if (await createExclusive(dir, file, text)) {
          held.set(key, { count: 1, info })
          return new WorkspaceLock(file, key)
        }
        const found = await readLock(file)
        if (found === undefined) continue // released meanwhile: try again
        if (!found.info || !isStale(found.info)) throw lockedError(dir, file, found.info)
        const taken = await takeOver(dir, file, found.text, text)
        if (taken === 'taken') {
          held.set(key, { count: 1, info })
          return new WorkspaceLock(file, key)
        }
        if (taken === 'busy') await sleep(5 + Math.random() * 20) // another taker is at it: see what it leaves
      }
      throw new SpanwrightError('locked', `could not take the lock ${file}: other programs keep taking it`)
    })
  }

  /** Gives the lock up (the last holder in this process removes the file, if it is still this process's). */
  async release(): Promise<void> {
    if (this.released) return
    this.released = true
    await acquiring.run(this.key, async () => {
      const mine = held.get(this.key)
      if (!mine || --mine.count > 0) return
      held.delete(this.key)
      const onDisk = await readLock(this.file).catch(() => undefined)
      if (onDisk?.info && onDisk.info.pid === mine.info.pid && onDisk.info.since === mine.info.since) await rm(this.file, { force: true })
    })
  }
}

/**
 * Replaces the stale lock whose content is `staleText` with `text`. 'busy' when
 * another process has claimed it; 'changed' when the lock is no longer that one.
 */
async function takeOver(dir: string, file: string, staleText: string, text: string): Promise<'taken' | 'busy' | 'changed'> {
  const claim = join(dir, `${TEMP_PREFIX}takeover.${createHash('sha256').update(staleText).digest('hex').slice(0, 16)}`)
  const claimText = `${JSON.stringify({ pid: process.pid, host: hostname(), nonce: randomBytes(8).toString('hex') })}\n`
  if (!(await createExclusive(dir, claim, claimText, false))) {
    await clearAbandonedClaim(claim)
    return 'busy'
  }
  try {
    // Under the claim no other process replaces this stale lock, so if it is still there it is ours to replace.
    const now = await readLock(file)
    if (now?.text !== staleText) return 'changed'
    const temp = join(dir, `${TEMP_PREFIX}lock.${process.pid}.${randomBytes(4).toString('hex')}`)
    await writeFile(temp, text, { flag: 'wx' })
    await rename(temp, file).catch(async (error: unknown) => {
      await rm(temp, { force: true })
      throw error
    })
    await syncFolder(dir)
    return 'taken'
  } finally {
    await rm(claim, { force: true })
  }
}

/**
 * A claim whose process is gone (it died while taking a lock over) would block
 * every later taker: it is moved aside and removed if it is still that claim,
 * else put back. Only a process dying mid-takeover while two others race to
 * clear its claim can still let two through.
 */
async function clearAbandonedClaim(claim: string): Promise<void> {
  const text = await readFile(claim, 'utf8').catch(() => null)
  if (text === null) return
  const parsed = z.object({ pid: z.number().int().positive(), host: z.string() }).safeParse(safeJson(text))
  if (!parsed.success || parsed.data.host !== hostname() || processAlive(parsed.data.pid)) return
  const aside = `${claim}.abandoned.${randomBytes(4).toString('hex')}`
  try {
    await rename(claim, aside)
  } catch {
    return
  }
  if ((await readFile(aside, 'utf8').catch(() => null)) !== text) await link(aside, claim).catch(() => undefined)
  await rm(aside, { force: true })
}

/** Creates `file` with `text` only if it does not exist, never leaving a half-written file. */
async function createExclusive(dir: string, file: string, text: string, durable = true): Promise<boolean> {
  const temp = join(dir, `${TEMP_PREFIX}lock.${process.pid}.${randomBytes(4).toString('hex')}`)
  try {
    await writeFile(temp, text, { flag: 'wx' })
  } catch (error) {
    throw READ_ONLY_CODES.some((c) => isCode(error, c)) ? readOnlyError(dir, error) : error
  }
  try {
    // link() fails if the file exists: it appears whole, with its content, or not at all.
    await link(temp, file)
  } catch (error) {
    if (isCode(error, 'EEXIST') || isCode(error, 'ENOENT')) return false
    if (!isCode(error, 'EPERM') && !isCode(error, 'ENOTSUP') && !isCode(error, 'ENOSYS')) throw error
    // A file system without hard links: exclusive create, then write.
    const handle = await open(file, 'wx').catch((e: unknown) => (isCode(e, 'EEXIST') ? null : Promise.reject(e)))
    if (!handle) return false
    await handle.writeFile(text)
    await handle.close()
  } finally {
    await rm(temp, { force: true })
  }
  if (durable) await syncFolder(dir)
  return true
}

/**
 * The lock's text and holder (info null when the file is not a lock this
 * version understands); undefined when there is none. A folder in its place
 * is refused, naming it.
 */
async function readLock(file: string): Promise<{ text: string; info: LockInfo | null } | undefined> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined
    if (isCode(error, 'EISDIR')) {
      throw new SpanwrightError('locked', `the lock file ${file} is a folder; remove it if no Spanwright is running`)
    }
    throw error
  }
  const parsed = LockInfo.safeParse(safeJson(text))
  return { text, info: parsed.success ? parsed.data : null }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** Only a lock of this host can be checked: its process is gone, or it names this very process (an earlier run with the same pid). */
function isStale(info: LockInfo): boolean {
  if (info.host !== hostname()) return false
  if (info.pid === process.pid) return true
  return !processAlive(info.pid)
}

function lockedError(dir: string, file: string, info: LockInfo | null): SpanwrightError {
  const who = info ? `${info.holder} (pid ${info.pid} on ${info.host}, since ${info.since})` : 'another program'
  return new SpanwrightError(
    'locked',
    `the workspace ${dir} is in use by ${who}; close it first, or delete ${file} if that program is no longer running`,
  )
}

function readOnlyError(dir: string, error: unknown): SpanwrightError {
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : 'read-only'
  return new SpanwrightError('read_only', `the workspace ${dir} is read-only (${code}): documents can be read but not changed`)
}
