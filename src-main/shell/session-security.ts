/** Session-wide rules: no network requests, no permissions. */
import type { Session } from 'electron'
import { devServerOrigin, type RendererSource } from './renderer-source'

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(['file:', 'devtools:', 'data:', 'blob:'])

/**
 * Allows local schemes and, in dev, the dev server (http and its websocket for
 * hot reload, same host and port). Everything else is a network request: refused.
 */
export function isAllowedRequest(url: string, source: RendererSource): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true
  const dev = devServerOrigin(source)
  if (!dev) return false
  const sameServer = parsed.hostname === dev.hostname && parsed.port === dev.port
  return sameServer && (parsed.protocol === dev.protocol || parsed.protocol === 'ws:' || parsed.protocol === 'wss:')
}

/** Permission checks the app needs: writing to the clipboard on copy. */
const ALLOWED_CHECKS = new Set<string>(['clipboard-sanitized-write'])

export function hardenSession(session: Session, source: RendererSource): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_CHECKS.has(permission))
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, source)
    if (!allowed) console.warn(`spanwright: blocked a request to ${details.url}`)
    callback({ cancel: !allowed })
  })
}
