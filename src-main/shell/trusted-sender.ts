/** Decides which pages may call the API over IPC: only our own renderer. */
import { dirname, isAbsolute, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RendererSource } from './renderer-source'

/**
 * Built app: file:// URLs inside the renderer folder (out/renderer). Dev: the
 * dev server's origin only. Anything else (other files, remote pages,
 * about:blank, malformed URLs) is refused.
 */
export function createTrustedSender(source: RendererSource): (url: string) => boolean {
  if (source.kind === 'url') {
    const devOrigin = new URL(source.url).origin
    return (url) => parse(url)?.origin === devOrigin
  }
  const rendererDir = dirname(source.path)
  return (url) => {
    const parsed = parse(url)
    if (parsed?.protocol !== 'file:') return false
    const path = filePath(parsed)
    if (path === null) return false
    const inside = relative(rendererDir, path)
    return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)
  }
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

function filePath(url: URL): string | null {
  try {
    return fileURLToPath(url)
  } catch {
    return null // e.g. an encoded '/' or a remote host in a file URL
  }
}
