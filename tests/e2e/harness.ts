/**
 * The real renderer in real Chromium over the real services. Only Electron's
 * native layer is replaced: the built preload runs in the page with a stand-in
 * for `electron`'s contextBridge/ipcRenderer, and the real ipc.ts handlers run
 * here with a stand-in ipcMain. Anyone can drive the app from a script:
 *
 *   const { page, close } = await openApp({ workspace: '/tmp/ws' })
 */
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type { IncomingMessage, Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { WebSocketServer, type WebSocket } from 'ws'
import type { AppCommand, UiLocale } from '../../src-main/api-methods'
import { COMMAND_CHANNEL } from '../../src-main/api-methods'
import { registerIpc, type IpcEventLike, type IpcMainLike } from '../../src-main/shell/ipc'
import type { GrantUse } from '../../src-main/shell/path-grants'
import { openServices, type Services } from '../../src-main/services'
import { findResourcesDir } from '../../src-main/store/workspace/resources-dir'
import { RESULTS_PATH, serveFolder, type ParkedResults } from './static-server'
import { packResult, UNPACK_SOURCE } from './transport'

export const CHROMIUM_PATH = process.env.SPANWRIGHT_CHROMIUM ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface OpenAppOptions {
  /** The workspace folder; created and seeded when it does not exist. */
  workspace: string
  /** Answers the save dialog (Electron's showSaveDialog); cancels when absent. */
  saveDialog?: (defaultName: string) => string | null
  annotator?: string
  viewport?: { width: number; height: number }
  colorScheme?: 'light' | 'dark'
  /** The system's language as the page sees it (navigator.language); 'en-US' when absent. */
  locale?: string
  /** Answers the open dialog (File → Import); cancels when absent. */
  openDialog?: (kind: 'files' | 'folder') => string[]
}

export interface App {
  page: Page
  close(): Promise<void>
  /** What the native menu would do: send a command to the window. */
  sendCommand(command: AppCommand): Promise<void>
  /** The services behind the page, for checks a user would make with other tools. */
  services: Services
  /** Console errors and uncaught exceptions seen in the page so far. */
  pageErrors: string[]
  /**
   * What a dialog the user answered would hand the window: a token for `paths`
   * ('save': exportDataset; 'open': importFiles, compareWith). The window names files only by these.
   */
  choose(use: GrantUse, ...paths: string[]): string
  /** Each language the window told the main process to build the native menu in, oldest first. */
  menuLanguages: UiLocale[]
}

/** The IPC socket's path on the local server. */
const IPC_PATH = '/ipc'
/**
 * Results of this many bytes or more are parked on the local server and fetched by the page: Chromium
 * takes a 1.3 MB WebSocket message in ~150 ms on this machine, an HTTP body in ~30.
 */
const PARK_FROM = 64 * 1024
/** A reply naming a parked result: `<id> @<url>` for JSON text, `<id> #<url>` for a binary body (transport.ts). */
const PARKED_MARK = '@'
const BINARY_MARK = '#'

const rendererDir = fileURLToPath(new URL('../../out/renderer/', import.meta.url))
const preloadFile = fileURLToPath(new URL('../../out/preload/index.cjs', import.meta.url))
/** The learner runs in a worker thread here too, as in the app. */
const suggestWorker = fileURLToPath(new URL('../../out/main/suggest-worker.js', import.meta.url))

export async function openApp(options: OpenAppOptions): Promise<App> {
  if (!existsSync(rendererDir) || !existsSync(preloadFile)) {
    throw new Error('the app is not built: run `npm run build` first')
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`no Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set SPANWRIGHT_CHROMIUM`)
  }
  const services = await openServices({
    workspaceDir: options.workspace,
    resourcesDir: findResourcesDir(import.meta.url),
    annotator: options.annotator,
    suggestWorker,
    dialogs: {
      chooseSavePath: async (name) => options.saveDialog?.(name) ?? null,
      chooseOpenPaths: async (kind) => options.openDialog?.(kind) ?? [],
    },
  })
  const handlers = new Map<string, Handler>()
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) }
  const parked: ParkedResults = new Map()
  const server = await serveFolder(rendererDir, parked)
  const menuLanguages: UiLocale[] = []
  const grants = registerIpc(ipcMain, services, (url) => url.startsWith(`${server.origin}/`), {
    setMenuLanguage: ({ locale }) => void menuLanguages.push(locale),
  })
  const sockets = serveIpc(server.server, handlers, parked)

  let browser: Browser | undefined
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 820 },
      colorScheme: options.colorScheme ?? 'light',
      locale: options.locale ?? 'en-US',
    })
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()))
    page.on('pageerror', (e) => pageErrors.push(e.message))
    await page.addInitScript(preloadStandIn(readFileSync(preloadFile, 'utf8')))
    await page.goto(`${server.origin}/index.html`)
    const opened = browser
    return {
      page,
      services,
      pageErrors,
      menuLanguages,
      choose: (use, ...paths) => grants.grant(use, paths),
      sendCommand: (command) =>
        page.evaluate(([channel, cmd]) => (globalThis as unknown as PageGlobals).__spanwrightEmit(channel, cmd), [COMMAND_CHANNEL, command] as const),
      close: async () => {
        await opened.close()
        sockets.close()
        await server.close()
        await services.close()
      },
    }
  } catch (error) {
    await browser?.close()
    sockets.close()
    await server.close()
    await services.close()
    throw error
  }
}

type Handler = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>

/**
 * The IPC stand-in: one WebSocket per page, as Electron's IPC is one channel per
 * window. A call is a text message `[id, channel, args]`; its result comes back
 * when ready, in any order, as `<id> <json>` (`<id> !<why>` when the harness itself
 * fails), or, when long, parked on the local server and named (PARKED_MARK,
 * BINARY_MARK) for the page to fetch. Every byte a real IPC would carry crosses to
 * the page. There is no cap on calls in flight (posting calls over HTTP held later
 * ones behind six slow ones, a browser's connections to a host) and no DevTools
 * round trip per call (the Playwright binding cost ~30 ms of the page's time for an
 * open). The sender's URL is the page's origin from the handshake, which the browser
 * sets, as Electron's senderFrame comes from the browser process.
 */
function serveIpc(server: Server, handlers: ReadonlyMap<string, Handler>, parked: ParkedResults): { close(): void } {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 256 * 2 ** 20 })
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== IPC_PATH) return void socket.destroy()
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req))
  })
  sockets.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    const senderFrame = { url: `${req.headers.origin ?? ''}/` }
    ws.on('message', (data) => {
      const [id, channel, args] = JSON.parse(String(data)) as [number, string, unknown[]]
      const handler = handlers.get(channel)
      const reply = handler ? handler({ senderFrame }, ...args) : Promise.reject(new Error(`no handler registered for ${channel}`))
      reply.then(
        (result) => {
          const packed = packResult(result)
          if (typeof packed === 'string' && packed.length < PARK_FROM) return ws.send(`${id} ${packed}`)
          const name = randomUUID()
          parked.set(name, packed)
          ws.send(`${id} ${typeof packed === 'string' ? PARKED_MARK : BINARY_MARK}${RESULTS_PATH}${name}`)
        },
        (error: unknown) => ws.send(`${id} !${error instanceof Error ? error.message : String(error)}`),
      )
    })
  })
  return {
    close: () => {
      for (const ws of sockets.clients) ws.terminate()
      sockets.close()
    },
  }
}

/** Runs the built CommonJS preload with `require('electron')` answered by a stand-in. */
function preloadStandIn(preloadSource: string): string {
  return `(() => {
  const listeners = new Map()
  const unpack = ${UNPACK_SOURCE}
  window.__spanwrightEmit = (channel, ...args) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: null }, ...args)
  }
  // The IPC socket (harness.ts serveIpc): opened at once in the app's page, calls queued until it is open.
  const pending = new Map()
  let next = 1
  let socket = null
  let open = null
  const connect = () => {
    socket = new WebSocket(location.origin.replace(/^http/, 'ws') + '${IPC_PATH}')
    open = new Promise((resolve, reject) => {
      socket.onopen = resolve
      socket.onerror = () => reject(new Error('the IPC socket failed'))
    })
    socket.onmessage = ({ data }) => {
      const space = data.indexOf(' ')
      const call = pending.get(Number(data.slice(0, space)))
      if (!call) return
      pending.delete(Number(data.slice(0, space)))
      const rest = data.slice(space + 1)
      if (rest.startsWith('!')) return call.reject(new Error(rest.slice(1)))
      if (rest.startsWith('${BINARY_MARK}')) return call.resolve(fetch(rest.slice(1)).then((r) => r.arrayBuffer()).then(unpack))
      if (rest.startsWith('${PARKED_MARK}')) return call.resolve(fetch(rest.slice(1)).then((r) => r.json()))
      call.resolve(JSON.parse(rest))
    }
  }
  if (location.protocol === 'http:') connect()
  const electron = {
    contextBridge: { exposeInMainWorld: (key, value) => { Object.defineProperty(window, key, { value, enumerable: true }) } },
    ipcRenderer: {
      invoke: (channel, ...args) => {
        if (!socket) connect()
        return open.then(() => new Promise((resolve, reject) => {
          const id = next++
          pending.set(id, { resolve, reject })
          socket.send(JSON.stringify([id, channel, args]))
        }))
      },
      on: (channel, listener) => { listeners.set(channel, [...(listeners.get(channel) ?? []), listener]) },
      removeListener: (channel, listener) => { listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)) },
    },
  }
  const require = (name) => { if (name === 'electron') return electron; throw new Error('a sandboxed preload cannot require ' + name) }
  const module = { exports: {} }
  ;(function (require, module, exports) {\n${preloadSource}\n})(require, module, module.exports)
})()`
}

/** What preloadStandIn adds to the page. */
interface PageGlobals {
  __spanwrightEmit(channel: string, ...args: unknown[]): void
}
