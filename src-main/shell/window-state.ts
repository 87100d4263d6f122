/**
 * The window's size and position, remembered in userData/window-state.json and
 * restored on the next start, unless the screen it was on is gone (then the
 * window keeps its size, centred by the system on the primary screen).
 */
import type { BrowserWindow, Rectangle } from 'electron'
import { z } from 'zod'
import { readSettingsSync, writeSettings } from './settings-file'

export const WINDOW_STATE_FILE = 'window-state.json'
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const
export const MIN_SIZE = { width: 900, height: 600 } as const

const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
})
export type WindowState = z.infer<typeof WindowState>

/** A visible strip this big must fall on some screen, so the title bar can be grabbed. */
const GRAB = 48

/** Where to put the window: the saved bounds when they are still on a screen, else the saved (or default) size alone. */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowState {
  if (!saved) return { ...DEFAULT_SIZE, maximized: false }
  const size = { width: Math.max(MIN_SIZE.width, saved.width), height: Math.max(MIN_SIZE.height, saved.height), maximized: saved.maximized }
  if (saved.x === undefined || saved.y === undefined) return size
  const { x, y } = saved
  const onScreen = workAreas.some(
    (a) => x + size.width - GRAB >= a.x && x + GRAB <= a.x + a.width && y >= a.y && y + GRAB <= a.y + a.height,
  )
  return onScreen ? { ...size, x, y } : size
}

export function loadWindowState(file: string, workAreas: readonly Rectangle[]): WindowState {
  return placeWindow(readSettingsSync(file, WindowState), workAreas)
}

/** Saves the window's bounds shortly after each move or resize, and when it closes. */
export function rememberWindowState(window: BrowserWindow, file: string, delayMs = 500): void {
  let timer: NodeJS.Timeout | null = null
  const save = (): void => {
    if (timer) clearTimeout(timer)
    timer = null
    const bounds = window.getNormalBounds()
    void writeSettings(file, { ...bounds, maximized: window.isMaximized() } satisfies WindowState)
  }
  const later = (): void => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(save, delayMs)
    timer.unref?.()
  }
  window.on('resize', later)
  window.on('move', later)
  window.on('maximize', later)
  window.on('unmaximize', later)
  window.on('close', save)
}
