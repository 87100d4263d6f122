/**
 * A save the file system refused (read-only folder, disk full, a folder gone)
 * becomes an 'io' error naming the file and the reason in words. The window
 * keeps such an edit and tries it again (code 'io' means: nothing was saved,
 * the same call may succeed later).
 */
import { SpanwrightError } from '../core/errors'

const REASONS: Record<string, string> = {
  EROFS: 'the folder is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a folder on the way is not a folder',
  ENOENT: 'a folder on the way is missing',
  EIO: 'the disk reported an input/output error',
  EBUSY: 'the file is busy',
  EMFILE: 'too many files are open',
}

const errnoCode = (error: unknown): string | null => {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null
}

/** Runs a save of `file`; a file-system error comes out as SpanwrightError('io') naming `file`. */
export async function saving<T>(file: string, task: () => Promise<T>): Promise<T> {
  try {
    return await task()
  } catch (error) {
    const code = errnoCode(error)
    if (code === null || error instanceof SpanwrightError) throw error
    throw new SpanwrightError('io', `could not save ${file}: ${REASONS[code] ?? 'the file system refused the write'} (${code})`)
  }
}
