/**
 * Where an export's bytes go: a temporary file or folder beside the target,
 * renamed into place only when everything is written, so the target appears
 * whole or not at all. Text is buffered and written in large chunks, so the
 * export never holds more than one chunk of output in memory.
 */
import { lstat, mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { dirname, join } from 'node:path'
import { SpanwrightError } from '../../core/errors'
import type { ExportLeftover } from '../../core/export'
import { isCode, syncFolder } from '../files/atomic-write'
import { pauseForKill } from '../files/test-pause'
import { cleanLeftovers, partialName } from './export-leftovers'

const CHUNK = 1 << 20

export interface Sink {
  /** Renames the finished output into place. */
  commit(): Promise<void>
  /** Removes everything written; the target is left as it was. */
  abort(): Promise<void>
  /** What a killed earlier export to this target had left, cleaned up when this one opened. */
  readonly leftovers: ExportLeftover[]
}

export interface FileSink extends Sink {
  write(text: string): Promise<void>
}

export interface FolderSink extends Sink {
  writeFile(name: string, content: string): Promise<void>
}

/** The target's own entry (a link is not followed), or null when there is none. */
async function entryAt(target: string): Promise<Stats | null> {
  return lstat(target).catch((e: unknown) => (isCode(e, 'ENOENT') || isCode(e, 'ENOTDIR') ? null : Promise.reject(ioError(`cannot write ${target}`, e))))
}

/**
 * Only a regular file is ever replaced: a rename over a device (`/dev/null` as
 * root), a FIFO or a link would replace that, not write into it.
 */
function refuseNotReplaceable(target: string, info: Stats): void {
  if (info.isSymbolicLink()) throw new SpanwrightError('invalid_argument', `cannot export to ${target}: it is a symbolic link; name the file itself`)
  if (info.isDirectory()) throw new SpanwrightError('invalid_argument', `cannot export to ${target}: it is a folder`)
  if (!info.isFile()) throw new SpanwrightError('invalid_argument', `cannot export to ${target}: it is not a regular file (a device, FIFO or socket); use --out - for standard output`)
}

export async function openFileSink(target: string): Promise<FileSink> {
  const info = await entryAt(target)
  if (info) refuseNotReplaceable(target, info)
  await requireFolder(target)
  const leftovers = await cleanLeftovers(target)
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
    leftovers,
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
      await pauseForKill('export-partial')
      await rename(temp, target)
      await syncFolder(dirname(target))
    },
    async abort() {
      await close().catch(() => undefined)
      await rm(temp, { force: true })
    },
  }
}

/** The file a folder export leaves in its folder, listing what it wrote. */
export const EXPORT_MARKER = '.spanwright-export'

/** Writes straight to a stream (`--out -`): nothing to rename, nothing to take back. */
export function streamSink(write: (text: string) => Promise<void> | void): FileSink {
  return {
    write: async (text) => {
      await write(text)
    },
    commit: async () => undefined,
    abort: async () => undefined,
    leftovers: [],
  }
}

/**
 * A folder export replaces an existing folder only when it is empty or holds
 * nothing but what an earlier export wrote, as listed in that export's marker
 * file: a folder of `.txt` files may be the articles themselves.
 */
export async function openFolderSink(target: string): Promise<FolderSink> {
  await requireFolder(target)
  // First: a killed replace may have left the earlier export aside, to be put back before it is judged.
  const leftovers = await cleanLeftovers(target)
  const info = await entryAt(target)
  if (info?.isSymbolicLink()) throw new SpanwrightError('invalid_argument', `cannot export to ${target}: it is a symbolic link; name the folder itself`)
  if (info && !info.isDirectory()) throw new SpanwrightError('invalid_argument', `cannot export to ${target}: it is a file, and this format writes a folder`)
  if (info) {
    const stranger = await notFromExport(target)
    if (stranger) {
      throw new SpanwrightError('invalid_argument', `cannot export to ${target}: the folder holds ${stranger}, not written by a Spanwright export; choose an empty or new folder`)
    }
  }
  const temp = partialName(target)
  await mkdir(temp).catch((e: unknown) => {
    throw ioError(`cannot write ${target}`, e)
  })
  const written: string[] = []
  const put = async (name: string, content: string): Promise<void> => {
    const file = join(temp, name)
    await mkdir(dirname(file), { recursive: true })
    const handle: FileHandle = await open(file, 'wx')
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
  return {
    leftovers,
    async writeFile(name, content) {
      await put(name, content)
      written.push(name)
    },
    async commit() {
      await put(EXPORT_MARKER, `${JSON.stringify({ spanwright_export: 1, files: [...written].sort() })}\n`)
      await syncFolder(temp)
      const old = info ? `${partialName(target)}-old` : null
      if (old) await rename(target, old)
      if (old) await pauseForKill('export-replace')
      await rename(temp, target)
      await syncFolder(dirname(target))
      if (old) await rm(old, { recursive: true, force: true })
    },
    abort: () => rm(temp, { recursive: true, force: true }),
  }
}

/** The first entry of `dir` its export marker does not list (a relative path), or null when an export wrote them all. */
async function notFromExport(dir: string): Promise<string | null> {
  const entries = await listTree(dir)
  if (entries.length === 0) return null
  const listed = await markerFiles(dir)
  const folders = new Set([...listed].flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))))
  for (const { path, isFile, isDirectory } of entries) {
    if (path === EXPORT_MARKER && isFile) continue
    if (isDirectory ? !folders.has(path) : !isFile || !listed.has(path)) return path
  }
  return null
}

async function listTree(dir: string, prefix = ''): Promise<Array<{ path: string; isFile: boolean; isDirectory: boolean }>> {
  const out: Array<{ path: string; isFile: boolean; isDirectory: boolean }> = []
  for (const entry of (await readdir(join(dir, prefix), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name
    out.push({ path, isFile: entry.isFile(), isDirectory: entry.isDirectory() })
    if (entry.isDirectory()) out.push(...(await listTree(dir, path)))
  }
  return out
}

async function markerFiles(dir: string): Promise<Set<string>> {
  const text = await readFile(join(dir, EXPORT_MARKER), 'utf8').catch(() => null)
  if (text === null) return new Set()
  try {
    const parsed: unknown = JSON.parse(text)
    const files = typeof parsed === 'object' && parsed && 'files' in parsed && Array.isArray(parsed.files) ? parsed.files : []
    return new Set(files.filter((f): f is string => typeof f === 'string'))
  } catch {
    return new Set()
  }
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
