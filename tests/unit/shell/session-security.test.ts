import type { Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { hardenSession, isAllowedRequest } from '../../../src-main/shell/session-security'
import type { RendererSource } from '../../../src-main/shell/renderer-source'
import { createFakeSession } from './fake-electron'

const built: RendererSource = { kind: 'file', path: '/app/out/renderer/index.html' }
const dev: RendererSource = { kind: 'url', url: 'http://localhost:5173' }

function harden(source: RendererSource) {
  const session = createFakeSession()
  hardenSession(session as unknown as Session, source)
  return session
}

describe('hardenSession', () => {
  it('denies every permission request', () => {
    const session = harden(built)
    const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void
    for (const permission of ['geolocation', 'media', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn()
      handler({}, permission, callback)
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false)
    }
  })

  it('answers permission checks with no, except writing to the clipboard', () => {
    const session = harden(built)
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (c: unknown, p: string) => boolean
    for (const permission of ['geolocation', 'media', 'notifications', 'clipboard-read']) expect(check(null, permission), permission).toBe(false)
    expect(check(null, 'clipboard-sanitized-write')).toBe(true)
  })

  it('cancels network requests and lets local files through', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const session = harden(built)
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void
    const answer = (url: string): boolean | undefined => {
      let cancel: boolean | undefined
      listener({ url }, (response) => (cancel = response.cancel))
      return cancel
    }
    expect(answer('https://example.com/font.woff2')).toBe(true)
    expect(answer('file:///app/out/renderer/index.html')).toBe(false)
  })
})

describe('isAllowedRequest', () => {
  it('allows only local schemes in the built app', () => {
    const allowed = ['file:///app/out/renderer/assets/a.js', 'devtools://devtools/bundled/x.html', 'data:image/png;base64,AA', 'blob:file:///1234']
    const refused = ['https://example.com/', 'http://localhost:5173/', 'ws://localhost:5173/', 'ftp://example.com/x', 'chrome-extension://abc/x.js', 'nonsense']
    for (const url of allowed) expect(isAllowedRequest(url, built), url).toBe(true)
    for (const url of refused) expect(isAllowedRequest(url, built), url).toBe(false)
  })

  it('also allows the dev server and its hot-reload websocket in dev, and nothing else', () => {
    const allowed = ['http://localhost:5173/src/main.ts', 'ws://localhost:5173/', 'file:///x']
    const refused = ['http://localhost:5174/', 'http://example.com:5173/', 'https://fonts.googleapis.com/css', 'ws://evil.example:5173/']
    for (const url of allowed) expect(isAllowedRequest(url, dev), url).toBe(true)
    for (const url of refused) expect(isAllowedRequest(url, dev), url).toBe(false)
  })
})
