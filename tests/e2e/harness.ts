/**
 * The real renderer in real Chromium over the real services. Only Electron's
 * native layer is replaced: the built preload runs in the page with a stand-in
 * for `electron`'s contextBridge/ipcRenderer, and the real ipc.ts handlers run
 * here with a stand-in ipcMain. Anyone can drive the app from a script:
 *
 *   const { page, close } = await openApp({ workspace: '/tmp/ws' })
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { AppCommand } from '../../src-main/api-methods'
import { COMMAND_CHANNEL } from '../../src-main/api-methods'
import { registerIpc, type IpcEventLike, type IpcMainLike } from '../../src-main/shell/ipc'
import type { GrantUse } from '../../src-main/shell/path-grants'
import { openServices, type Services } from '../../src-main/services'
import { findResourcesDir } from '../../src-main/store/workspace/resources-dir'
import { IPC_PATH, serveFolder } from './static-server'
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
}

/** Starts each page load's calls in the order it numbered them, each once the one before has started. */
class CallOrder {
  readonly #next = new Map<string, number>()
  readonly #waiting = new Map<string, () => void>()

  turn(load: string, call: number): Promise<void> {
    return new Promise((resolve) => {
      if ((this.#next.get(load) ?? 0) === call) resolve()
      else this.#waiting.set(`${load}:${call}`, resolve)
    })
  }

  /** The call in turn of `load` has started: the one after it may. */
  next(load: string): void {
    const n = (this.#next.get(load) ?? 0) + 1
    this.#next.set(load, n)
    const waiting = this.#waiting.get(`${load}:${n}`)
    this.#waiting.delete(`${load}:${n}`)
    waiting?.()
  }
}

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
  const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>()
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) }
  // The page posts each call to the local server, which answers with its result: one message
  // each way, as Electron's IPC (Playwright's bindings took several DevTools round trips a call,
  // tens of milliseconds on a busy machine). Arguments go as JSON; a result as JSON, or, when it
  // holds typed arrays or long strings, as their bytes (transport.ts), as a structured clone copies them.
  // Calls start in the order the page made them, as Electron keeps them (span-editor.ts relies on it).
  // The sender's URL is the Referer the browser sets, as Electron's senderFrame is the frame's.
  const order = new CallOrder()
  const server = await serveFolder(rendererDir, async ({ channel, body, headers }) => {
    const handler = handlers.get(channel)
    const load = String(headers['x-spanwright-load'])
    await order.turn(load, Number(headers['x-spanwright-call']))
    let running: Promise<unknown>
    try {
      if (!handler) throw new Error(`no handler registered for ${channel}`)
      running = handler({ senderFrame: { url: headers.referer ?? '' } }, ...(JSON.parse(body) as unknown[]))
    } finally {
      order.next(load)
    }
    return packResult(await running)
  })
  const grants = registerIpc(ipcMain, services, (url) => url.startsWith(`${server.origin}/`))

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
      choose: (use, ...paths) => grants.grant(use, paths),
      sendCommand: (command) =>
        page.evaluate(([channel, cmd]) => (globalThis as unknown as PageGlobals).__spanwrightEmit(channel, cmd), [COMMAND_CHANNEL, command] as const),
      close: async () => {
        await opened.close()
        await server.close()
        await services.close()
      },
    }
  } catch (error) {
    await browser?.close()
    await server.close()
    await services.close()
    throw error
  }
}

/** Runs the built CommonJS preload with `require('electron')` answered by a stand-in. */
function preloadStandIn(preloadSource: string): string {
  return `(() => {
  const listeners = new Map()
  const unpack = ${UNPACK_SOURCE}
  // This page load's calls, numbered: the harness starts them in this order.
  const load = String(Math.random()).slice(2)
  let calls = 0
  window.__spanwrightEmit = (channel, ...args) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: null }, ...args)
  }
  const electron = {
    contextBridge: { exposeInMainWorld: (key, value) => { Object.defineProperty(window, key, { value, enumerable: true }) } },
    ipcRenderer: {
      invoke: (channel, ...args) => fetch('${IPC_PATH}' + channel, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-spanwright-load': load, 'x-spanwright-call': String(calls++) },
        body: JSON.stringify(args),
      }).then((r) => {
        if (!r.ok) return r.text().then((message) => { throw new Error(message) })
        return (r.headers.get('content-type') ?? '').startsWith('application/octet-stream') ? r.arrayBuffer().then(unpack) : r.text().then((t) => JSON.parse(t))
      }),
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
