/**
 * What a killed export leaves beside its target, and cleaning it up. A partial
 * file or folder is named after its target and the process writing it
 * (`.<target>.<pid>-<host>-<random>.partial`), so the next export to that target
 * can tell one whose writer is gone (same host, no such process) from one
 * another export still writes, and never touches anything else.
 */
import { createHash, randomBytes } from 'node:crypto'
import { lstat, readdir, rename, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { ExportLeftover } from '../../core/export'
import { isCode, syncFolder } from '../files/atomic-write'
import { processAlive } from '../files/process-alive'

/** This machine, in eight hex digits: a pid only means something on the host it came from. */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8)

/** Where an export to `target` writes before renaming into place (`-old` appended: the replaced folder, while swapping). */
export const partialName = (target: string): string =>
  join(dirname(target), `.${basename(target)}.${process.pid}-${HOST}-${randomBytes(4).toString('hex')}.partial`)

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Removes the partial exports to `target` whose process is gone. A `-old` folder
 * is the user's earlier export, moved aside by a replace that was killed before
 * the new one was renamed in: it is put back when the target is missing, and
 * removed when the new export did land (the replace had only this left to do).
 */
export async function cleanLeftovers(target: string): Promise<ExportLeftover[]> {
  const dir = dirname(target)
  const pattern = new RegExp(`^\\.${escaped(basename(target))}\\.(\\d+)-([0-9a-f]{8})-[0-9a-f]{8}\\.partial(-old)?$`)
  const names = await readdir(dir).catch(() => [] as string[])
  const stale = names.flatMap((name) => {
    const m = pattern.exec(name)
    const pid = Number(m?.[1])
    if (!m || m[2] !== HOST || pid === process.pid || processAlive(pid)) return []
    return [{ path: join(dir, name), old: m[3] !== undefined }]
  })
  const found: ExportLeftover[] = []
  // Moved-aside folders first: one may have to be back in place before anything else happens.
  for (const { path, old } of stale.sort((a, b) => Number(b.old) - Number(a.old))) {
    const bytes = await sizeOf(path)
    if (old && !(await exists(target))) {
      await rename(path, target)
      found.push({ path: target, bytes, action: 'restored' })
    } else {
      await rm(path, { recursive: true, force: true })
      found.push({ path, bytes, action: 'removed' })
    }
  }
  if (found.length) await syncFolder(dir)
  return found
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    (e: unknown) => (isCode(e, 'ENOENT') ? false : Promise.reject(e)),
  )
}

/** Bytes under `path`, links not followed. */
async function sizeOf(path: string): Promise<number> {
  const info = await lstat(path).catch(() => null)
  if (!info?.isDirectory()) return info?.size ?? 0
  let total = 0
  for (const name of await readdir(path).catch(() => [] as string[])) total += await sizeOf(join(path, name))
  return total
}
