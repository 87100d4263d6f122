/**
 * Where an export's bytes go: a temporary file or folder beside the target,
 * renamed into place only when everything is written, so the target appears
 * whole or not at all. Text is buffered and written in large chunks, so the
 * export never holds more than one chunk of output in memory.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { SpanwrightError } from '../../core/errors'
import { syncFolder } from '../files/atomic-write'

const CHUNK = 1 << 20

export interface Sink {
  /** Renames the finished output into place. */
  commit(): Promise<void>
  /** Removes everything written; the target is left as it was. */
  abort(): Promise<void>
}

export interface FileSink extends Sink {
  write(text: string): Promise<void>
}

export interface FolderSink extends Sink {
  writeFile(name: string, content: string): Promise<void>
}

const partialName = (target: string): string => join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.partial`)

export async function openFileSink(target: string): Promise<FileSink> {
  const info = await stat(target).catch(() => null)
  if (info?.isDirectory()) throw new SpanwrightError('invalid_argument', `cannot export to ${target}: it is a folder`)
  await requireFolder(target)
  const temp = partialName(target)
  const handle = await open(temp, 'wx').catch((e: unknown) => {
    throw ioError(`cannot write ${target}`, e)
  })
  let buffer = ''
  let closed = false
  const close = async (): Promise<void> => {
    if (!closed) await handle.close()
    closed = true
  }
  return {
    async write(text) {
      buffer += text
      if (buffer.length >= CHUNK) {
        const out = buffer
        buffer = ''
        await handle.write(out)
      }
    },
    async commit() {
      await handle.write(buffer)
      buffer = ''
      await handle.sync()
      await close()
      await rename(temp, target)
      await syncFolder(dirname(target))
    },
    async abort() {
      await close().catch(() => undefined)
      await rm(temp, { force: true })
    },
  }
}

/**
 * A folder export replaces an existing folder only when it is empty or holds
 * nothing but what a folder export writes (.txt, .ann, .conf files, and folders
 * of them): anything else might be someone's work.
 */
export async function openFolderSink(target: string): Promise<FolderSink> {
  const info = await stat(target).catch(() => null)
  if (info && !info.isDirectory()) throw new SpanwrightError('invalid_argument', `cannot export to ${target}: it is a file, and this format writes a folder`)
  if (info && !(await onlyExportFiles(target))) {
    throw new SpanwrightError('invalid_argument', `cannot export to ${target}: the folder holds files that are not from an export; choose an empty or new folder`)
  }
  await requireFolder(target)
  const temp = partialName(target)
  await mkdir(temp).catch((e: unknown) => {
    throw ioError(`cannot write ${target}`, e)
  })
  return {
    async writeFile(name, content) {
      const file = join(temp, name)
      await mkdir(dirname(file), { recursive: true })
      const handle: FileHandle = await open(file, 'wx')
      try {
        await handle.writeFile(content)
        await handle.sync()
      } finally {
        await handle.close()
      }
    },
    async commit() {
      await syncFolder(temp)
      const old = info ? `${partialName(target)}-old` : null
      if (old) await rename(target, old)
      await rename(temp, target)
      await syncFolder(dirname(target))
      if (old) await rm(old, { recursive: true, force: true })
    },
    abort: () => rm(temp, { recursive: true, force: true }),
  }
}

async function onlyExportFiles(dir: string): Promise<boolean> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!(await onlyExportFiles(join(dir, entry.name)))) return false
    } else if (!entry.isFile() || !/\.(txt|ann|conf)$/.test(entry.name)) return false
  }
  return true
}

/** The target's folder must be there: creating folders would hide a mistyped path (exit 2 on the command line). */
export async function requireFolder(target: string): Promise<void> {
  const dir = dirname(target)
  const info = await stat(dir).catch(() => null)
  if (!info?.isDirectory()) throw new SpanwrightError('invalid_argument', `cannot write ${target}: the folder ${dir} does not exist`)
}

export function ioError(what: string, error: unknown): SpanwrightError {
  if (error instanceof SpanwrightError) return error
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : error instanceof Error ? error.message : String(error)
  return new SpanwrightError('io', `${what} (${code})`)
}
