import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

export const RESULTS_PATH = '/results/'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** Results served once each at /results/<id> (see harness.ts: long IPC results): JSON text, or a binary body (transport.ts). */
export type ParkedResults = Map<string, string | Buffer>

/** Serves a built folder on 127.0.0.1 at a free port; nothing outside the folder. `server` takes upgrades (harness.ts: the IPC socket). */
export async function serveFolder(root: string, parked: ParkedResults = new Map()): Promise<{ origin: string; server: Server; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (path.startsWith(RESULTS_PATH)) {
      const id = path.slice(RESULTS_PATH.length)
      const text = parked.get(id)
      parked.delete(id)
      if (text === undefined) res.writeHead(404).end()
      else {
        const body = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
        const type = typeof text === 'string' ? 'application/json; charset=utf-8' : 'application/octet-stream'
        res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' }).end(body)
      }
      return
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path))
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      res.writeHead(403).end()
      return
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) throw new Error('not a file')
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
        createReadStream(file).pipe(res)
      },
      () => res.writeHead(404).end(),
    ).catch(() => res.writeHead(404).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the static server has no port')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
