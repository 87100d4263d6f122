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
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
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

/** Results of this many characters or more are fetched from the local server (JSON text never starts with '@' or '#'). */
const PARK_FROM = 64 * 1024
const PARKED_MARK = '@'
/** A result holding typed arrays: always fetched, as bytes (transport.ts). */
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
  const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>()
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) }
  const parked: ParkedResults = new Map()
  const server = await serveFolder(rendererDir, parked)
  const menuLanguages: UiLocale[] = []
  const grants = registerIpc(ipcMain, services, (url) => url.startsWith(`${server.origin}/`), {
    setMenuLanguage: ({ locale }) => void menuLanguages.push(locale),
  })

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
    // Arguments and results cross as JSON text: Playwright walks an object value by value,
    // which takes seconds for a long document, but hands over one string in milliseconds.
    // A long result would still spend ~100 ms a megabyte in the DevTools protocol, where
    // Electron's IPC takes a few: it is parked on the local server and fetched by the page
    // instead. A result holding typed arrays (an opened document's span columns) or long
    // strings goes as their bytes (transport.ts), as Electron's structured clone copies them.
    // (Posting every call to the server instead would save the binding's DevTools round trips,
    // but a browser holds at most six connections to a host: six slow calls in flight, such as
    // suggestions being learned, held every later call back for seconds. Electron's IPC has no such cap.)
    // The sender's URL comes from Playwright's frame, as Electron's senderFrame does.
    await page.exposeBinding('__spanwrightIpcInvoke', async (source, channel: string, args: string) => {
      const handler = handlers.get(channel)
      if (!handler) throw new Error(`no handler registered for ${channel}`)
      const result = packResult(await handler({ senderFrame: { url: source.frame.url() } }, ...(JSON.parse(args) as unknown[])))
      if (typeof result === 'string' && result.length < PARK_FROM) return result
      const id = randomUUID()
      parked.set(id, result)
      return `${typeof result === 'string' ? PARKED_MARK : BINARY_MARK}${RESULTS_PATH}${id}`
    })
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
  window.__spanwrightEmit = (channel, ...args) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: null }, ...args)
  }
  const electron = {
    contextBridge: { exposeInMainWorld: (key, value) => { Object.defineProperty(window, key, { value, enumerable: true }) } },
    ipcRenderer: {
      invoke: (channel, ...args) => window.__spanwrightIpcInvoke(channel, JSON.stringify(args))
        .then((text) => text.startsWith('${BINARY_MARK}') ? fetch(text.slice(1)).then((r) => r.arrayBuffer()).then(unpack)
          : (text.startsWith('${PARKED_MARK}') ? fetch(text.slice(1)).then((r) => r.text()) : Promise.resolve(text)).then((t) => JSON.parse(t))),
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
