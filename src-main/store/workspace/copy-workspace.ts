/**
 * A copy of a workspace folder beside it, for Review mode to write its gold spans
 * into while the annotator's own stay as they are: every file but the lock, under
 * a name not taken yet.
 */
import { cp } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { LOCK_FILE } from './layout'

/** `<dir>-review`, or `-2`, `-3`… when taken. */
export function copyName(dir: string, taken: (path: string) => boolean = existsSync): string {
  const base = join(dirname(dir), `${basename(dir)}-review`)
  let path = base
  for (let n = 2; taken(path); n++) path = `${base}-${n}`
  return path
}

export async function copyWorkspaceFolder(dir: string): Promise<string> {
  const target = copyName(dir)
  await cp(dir, target, {
    recursive: true,
    errorOnExist: true,
    force: false,
    preserveTimestamps: true,
    filter: (source) => basename(source) !== LOCK_FILE,
  })
  return target
}
