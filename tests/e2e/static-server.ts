import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

/** Where the page posts its IPC calls: /ipc/<channel> (see harness.ts). */
export const IPC_PATH = '/ipc/'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** One IPC call as the page posted it: the answer is JSON text, or a binary body (transport.ts). */
export type IpcEndpoint = (call: { channel: string; body: string; headers: IncomingHttpHeaders }) => Promise<string | Buffer>

/** Serves a built folder on 127.0.0.1 at a free port; nothing outside the folder. With `ipc`, answers POST /ipc/<channel>. */
export async function serveFolder(root: string, ipc?: IpcEndpoint): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (ipc && req.method === 'POST' && path.startsWith(IPC_PATH)) {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        ipc({ channel: path.slice(IPC_PATH.length), body: Buffer.concat(chunks).toString('utf8'), headers: req.headers }).then(
          (answer) => {
            const body = typeof answer === 'string' ? Buffer.from(answer, 'utf8') : answer
            const type = typeof answer === 'string' ? 'application/json; charset=utf-8' : 'application/octet-stream'
            res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' }).end(body)
          },
          (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(error instanceof Error ? error.message : String(error)),
        )
      })
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
