/**
 * One process writes a workspace at a time: `.spanwright.lock` holds the
 * writer's pid, host and start time. A lock whose process is gone (same host,
 * no such pid) is stale and taken over; any other lock is refused with a message
 * saying who holds it. Reading needs no lock: every file is replaced by a rename.
 */
import { randomBytes } from 'node:crypto'
import { link, open, readFile, realpath, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { SpanwrightError } from '../../core/errors'
import { SCHEMA_VERSIONS } from '../../core/model'
import { isCode, syncFolder, TEMP_PREFIX } from './atomic-write'
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

/** Error codes that mean the folder cannot be written at all. */
const READ_ONLY_CODES = ['EROFS', 'EACCES', 'EPERM']

export class WorkspaceLock {
  private released = false

  private constructor(
    readonly file: string,
    private readonly key: string,
  ) {}

  /**
   * Takes the lock of workspace `dir` for `holder` ("the Spanwright app"). Throws
   * 'locked' when another live process holds it, 'read_only' when the folder
   * cannot be written.
   */
  static async acquire(dir: string, holder: string, now: string): Promise<WorkspaceLock> {
    const file = join(dir, LOCK_FILE)
    const key = join(await realpath(dir), LOCK_FILE)
    const mine = held.get(key)
    if (mine) {
      mine.count++
      return new WorkspaceLock(file, key)
    }
    const info: LockInfo = { schema: SCHEMA_VERSIONS.lock, pid: process.pid, host: hostname(), holder, since: now }
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await createExclusive(dir, file, `${JSON.stringify(info, null, 2)}\n`)) {
        held.set(key, { count: 1, info })
        return new WorkspaceLock(file, key)
      }
      const holderNow = await readLock(file)
      if (holderNow === undefined) continue // released meanwhile: try again
      if (holderNow && !isStale(holderNow)) throw lockedError(dir, file, holderNow)
      if (!holderNow) throw lockedError(dir, file, null)
      // Stale: the process that wrote it is gone. Re-read just before removing so a lock taken meanwhile survives.
      const again = await readLock(file)
      if (again && again.pid === holderNow.pid && again.since === holderNow.since) await rm(file, { force: true })
    }
    throw new SpanwrightError('locked', `could not take the lock ${file}: other programs keep taking it`)
  }

  /** Gives the lock up (the last holder in this process removes the file, if it is still this process's). */
  async release(): Promise<void> {
    if (this.released) return
    this.released = true
    const mine = held.get(this.key)
    if (!mine || --mine.count > 0) return
    held.delete(this.key)
    const onDisk = await readLock(this.file)
    if (onDisk && onDisk.pid === mine.info.pid && onDisk.since === mine.info.since) await rm(this.file, { force: true })
  }
}

/** Creates `file` with `text` only if it does not exist, never leaving a half-written lock. */
async function createExclusive(dir: string, file: string, text: string): Promise<boolean> {
  const temp = join(dir, `${TEMP_PREFIX}lock.${process.pid}.${randomBytes(4).toString('hex')}`)
  try {
    await writeFile(temp, text, { flag: 'wx' })
  } catch (error) {
    throw READ_ONLY_CODES.some((c) => isCode(error, c)) ? readOnlyError(dir, error) : error
  }
  try {
    // link() fails if the lock exists: the lock appears whole, with its content, or not at all.
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
  await syncFolder(dir)
  return true
}

/** The lock's holder; null when the file is not a lock this version understands; undefined when there is none. */
async function readLock(file: string): Promise<LockInfo | null | undefined> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined
    throw error
  }
  try {
    const parsed = LockInfo.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Only a lock of this host can be checked: its process is gone, or it names this very process (an earlier run with the same pid). */
function isStale(info: LockInfo): boolean {
  if (info.host !== hostname()) return false
  if (info.pid === process.pid) return true
  try {
    process.kill(info.pid, 0)
    return false
  } catch (error) {
    return isCode(error, 'ESRCH')
  }
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
