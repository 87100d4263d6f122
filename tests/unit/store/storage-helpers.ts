/** Helpers of the storage tests: services over a given workspace folder, fixtures, snapshots of files. */
import { cp, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openServices, type ServiceOptions, type Services } from '../../../src-main/services'
import { RESOURCES_DIR } from '../../support/services'

export const FIXTURES = fileURLToPath(new URL('../../fixtures/store/', import.meta.url))

/** Services over the workspace folder `workspaceDir` itself, with a fixed clock. */
export function servicesAt(workspaceDir: string, options: Partial<ServiceOptions> = {}): Promise<Services> {
  let tick = 0
  return openServices({
    workspaceDir,
    resourcesDir: RESOURCES_DIR,
    annotator: 'lan',
    now: () => new Date(Date.UTC(2026, 10, 23, 9, 0, tick++)),
    dialogs: { chooseSavePath: async () => null },
    ...options,
  })
}

/** A copy of the workspace fixture of schema `version`, at `dest`. */
export async function copyFixture(version: number, dest: string): Promise<string> {
  await cp(join(FIXTURES, `v${version}`, 'workspace'), dest, { recursive: true })
  return dest
}

/** Every file under `dir` with its content: shows that something changed nothing. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out[path.slice(dir.length + 1)] = await readFile(path, 'utf8')
  }
  return out
}

/** Code point offsets of the first occurrence of `needle` in `text`. */
export function findText(text: string, needle: string): { start: number; end: number } {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`"${needle}" is not in the text`)
  const start = [...text.slice(0, at)].length
  return { start, end: start + [...needle].length }
}

/** Where a service call failed: its code and message. */
export async function failure(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call
  } catch (error) {
    const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : 'none'
    return { code, message: error instanceof Error ? error.message : String(error) }
  }
  throw new Error('the call succeeded')
}
