/**
 * A hand-made stand-in for the parts of `electron` the main process uses, so it
 * can be tested in Node (the Electron binary is not available here).
 */
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => void

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>()
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
    return this
  }
  once(name: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(name, (this.listeners.get(name) ?? []).filter((l) => l !== wrapped))
      listener(...args)
    }
    return this.on(name, wrapped)
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(name) ?? [])]) listener(...args)
  }
}

export class FakeEvent {
  defaultPrevented = false
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: string }

export class FakeWebContents extends FakeEmitter {
  url = ''
  windowOpenHandler: WindowOpenHandler | null = null
  readonly send = vi.fn()
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }
  getURL(): string {
    return this.url
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = []
  static focused: FakeBrowserWindow | null = null
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.closed)
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused
  }
  readonly webContents = new FakeWebContents()
  readonly loadURL = vi.fn(async (url: string) => void (this.webContents.url = url))
  readonly loadFile = vi.fn(async (path: string) => void (this.webContents.url = `file://${path}`))
  readonly show = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn()
  readonly maximize = vi.fn(() => void (this.maximized = true))
  readonly getNormalBounds = vi.fn(() => ({ x: 40, y: 30, width: 1100, height: 700 }))
  maximized = false
  minimized = false
  closed = false
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isMinimized(): boolean {
    return this.minimized
  }
  close(): void {
    this.closed = true
    this.emit('closed')
  }
}

export class FakeApp extends FakeEmitter {
  isPackaged = false
  quitting = false
  readonly requestSingleInstanceLock = vi.fn(() => true)
  readonly whenReady = vi.fn(() => Promise.resolve())
  readonly enableSandbox = vi.fn()
  readonly exit = vi.fn()
  readonly getPath = vi.fn((name: string) => `/fake/${name}`)
  readonly getAppPath = vi.fn(() => '/fake/app')
  readonly addRecentDocument = vi.fn()
  /** Like Electron: emits before-quit, and quits unless a listener prevents it. */
  readonly quit = vi.fn(() => {
    const event = new FakeEvent()
    this.emit('before-quit', event)
    if (!event.defaultPrevented) this.quitting = true
  })
}

type IpcListener = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<unknown>

export function createFakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  }
}

export function createFakeElectron() {
  FakeBrowserWindow.instances = []
  FakeBrowserWindow.focused = null
  const handlers = new Map<string, IpcListener>()
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handlers,
      handle: vi.fn((channel: string, listener: IpcListener) => void handlers.set(channel, listener)),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBoxSync: vi.fn((_window: unknown, _options: unknown) => 0),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/fake/documents/out.jsonl' })),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/fake/documents/a.jsonl', '/fake/documents/b.txt'] })),
    },
    session: { defaultSession: createFakeSession() },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
    shell: { openExternal: vi.fn() },
  }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
