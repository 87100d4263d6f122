/** Where the window's page comes from: the electron-vite dev server, or the built files. */
import { join } from 'node:path'

export type RendererSource = { kind: 'url'; url: string } | { kind: 'file'; path: string }

/**
 * `mainDir` is the folder of the main bundle (out/main). The dev server URL is
 * honoured only in an unpackaged app, so a stray environment variable cannot
 * point a shipped app at a web page.
 */
export function rendererSource(mainDir: string, env: NodeJS.ProcessEnv, isPackaged: boolean): RendererSource {
  const devUrl = env['ELECTRON_RENDERER_URL']
  if (devUrl && !isPackaged) return { kind: 'url', url: devUrl }
  return { kind: 'file', path: join(mainDir, '../renderer/index.html') }
}

/** The dev server's origin, or null when the page comes from files. */
export function devServerOrigin(source: RendererSource): URL | null {
  return source.kind === 'url' ? new URL(source.url) : null
}
