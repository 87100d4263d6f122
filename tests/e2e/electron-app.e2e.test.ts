/**
 * The packaged path: the real Electron binary running the built main, preload and
 * renderer. Electron downloads its binary on first use, which machines without
 * network cannot do; there these tests are reported as skipped under this name.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'

function electronBinary(): string | null {
  const pkg = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, readFileSync(pathFile, 'utf8'))
    : join(pkg, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
const main = fileURLToPath(new URL('../../out/main/index.js', import.meta.url))
if (!binary) console.warn('the Electron binary is not installed here: the Electron window tests are skipped')

describe.skipIf(!binary)('the Electron app (needs the Electron binary)', () => {
  const dirs: string[] = []
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

  it('opens a sandboxed window on the given workspace listing the five seed articles', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'spanwright-electron-'))
    dirs.push(workspace)
    const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : []
    const app = await _electron.launch({ executablePath: binary as string, args: [...rootArgs, main, '--workspace', workspace] })
    try {
      const window = await app.firstWindow()
      await expect.poll(() => window.title()).toBe('Spanwright')
      const exposed = await window.evaluate(() => ({
        api: Object.keys((window as unknown as { api: object }).api).sort(),
        node: typeof (window as unknown as { require?: unknown }).require,
      }))
      expect(exposed.node).toBe('undefined')
      expect(exposed.api).toContain('applySpanEdits')
      // The preload answers with the envelope; the window's client (app/client.ts) unwraps it.
      const docs = await window.evaluate(() => (window as unknown as { api: { listDocuments(i: object): Promise<{ ok: boolean; value: unknown[] }> } }).api.listDocuments({}))
      expect(docs.ok).toBe(true)
      expect(docs.value).toHaveLength(5)
      expect(existsSync(join(workspace, 'spanwright.json'))).toBe(true)
    } finally {
      await app.close()
    }
  })
})
