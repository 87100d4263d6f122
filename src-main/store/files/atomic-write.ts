import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Temporary files start with this, so a later open can recognise and remove leftovers of a crash. */
export const TEMP_PREFIX = '.spanwright-tmp-'

export interface AtomicWriteOptions {
  /**
   * Runs once the new content is durable in the temporary file, just before the
   * rename; if it throws, the temporary file is removed and the target is left
   * as it is (a last check that nobody else changed the target meanwhile).
   */
  beforeRename?(): Promise<void>
}

/**
 * A test seam: runs where an outside write is most likely to be missed (after
 * the temporary file is synced, before `beforeRename`). Tests set it to play
 * another program writing at that moment; nothing else sets it.
 */
export const atomicWriteSeam: { afterSync?: (file: string) => Promise<void> } = {}

/**
 * Replaces `file` so that a crash at any moment leaves either the old or the new
 * content, never a mix: write a temporary file in the same folder, fsync it,
 * rename it over the target, fsync the folder so the rename itself is durable.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(file)
  const temp = join(dir, `${TEMP_PREFIX}${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}`)
  const handle = await open(temp, 'wx', 0o644)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await rm(temp, { force: true })
    throw error
  }
  await handle.close()
  try {
    await atomicWriteSeam.afterSync?.(file)
    await options.beforeRename?.()
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncFolder(dir)
}

export async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } catch (error) {
    // Some file systems (and Windows) cannot fsync a folder; the rename is still atomic there.
    if (!isCode(error, 'EINVAL') && !isCode(error, 'EPERM') && !isCode(error, 'EISDIR')) throw error
  } finally {
    await handle.close()
  }
}

export const isCode = (error: unknown, code: string): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code
