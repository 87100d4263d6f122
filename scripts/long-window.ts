/**
 * The profiling scripts' window: a workspace holding the generated 1 MB / 10,000-span
 * document (tests/support/long-workspace.ts), open in the harness at 1440×900, both
 * gone once `run` settles.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp, type App } from '../tests/e2e/harness'
import { makeLongWorkspace, type LongWorkspace } from '../tests/support/long-workspace'

export async function withLongWindow(name: string, run: (app: App, long: LongWorkspace) => Promise<void>, paragraphs?: number): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), `spanwright-${name}-`))
  try {
    const long = await makeLongWorkspace(join(root, 'workspace'), paragraphs ? { paragraphs } : {})
    const app = await openApp({ workspace: long.dir, viewport: { width: 1440, height: 900 } })
    try {
      await run(app, long)
    } finally {
      await app.close()
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
