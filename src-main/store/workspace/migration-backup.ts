import { mkdir, readFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { isCode, writeFileAtomic } from '../files/atomic-write'
import { BACKUPS_DIR } from './layout'

/**
 * Keeps `text`, the content of workspace file `file` at schema `version`, under
 * backups/schema-<version>/ with the same relative path, before a migration
 * rewrites the file. An existing backup is never replaced: a different one gets
 * a numbered name beside it.
 */
export async function backupBeforeMigration(workspaceDir: string, file: string, text: string, version: number): Promise<string> {
  const target = join(workspaceDir, BACKUPS_DIR, `schema-${version}`, relative(workspaceDir, file))
  await mkdir(dirname(target), { recursive: true })
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? target : `${target}.${n}`
    const existing = await readFile(candidate, 'utf8').catch((e: unknown) => (isCode(e, 'ENOENT') ? null : Promise.reject(e)))
    if (existing === text) return candidate
    if (existing === null) {
      await writeFileAtomic(candidate, text)
      return candidate
    }
  }
  throw new Error(`too many backups of ${file}`)
}
