import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The project's `resources/` folder, found by walking up from a module's URL, so
 * the same code works from the sources (tests), from `out/main` (the built app
 * and CLI) and from an installed package.
 */
export function findResourcesDir(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl))
  for (;;) {
    const candidate = join(dir, 'resources')
    if (existsSync(join(candidate, 'seed-articles'))) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`no resources/seed-articles folder above ${fileURLToPath(moduleUrl)}`)
    dir = parent
  }
}
