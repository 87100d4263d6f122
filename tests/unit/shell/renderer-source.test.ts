import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rendererSource } from '../../../src-main/shell/renderer-source'

const mainDir = join('/app', 'out', 'main')

describe('rendererSource', () => {
  it('loads out/renderer/index.html next to the main bundle when there is no dev server', () => {
    expect(rendererSource(mainDir, {}, false)).toEqual({ kind: 'file', path: join('/app', 'out', 'renderer', 'index.html') })
  })

  it('loads the electron-vite dev server URL in an unpackaged app', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' }
    expect(rendererSource(mainDir, env, false)).toEqual({ kind: 'url', url: 'http://localhost:5173' })
  })

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    const env = { ELECTRON_RENDERER_URL: 'https://example.com' }
    expect(rendererSource(mainDir, env, true).kind).toBe('file')
  })
})
