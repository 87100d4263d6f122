/**
 * Dragging files from the desktop onto the window, as Chromium delivers it:
 * dragenter and dragover events carrying a DataTransfer with File objects, then
 * drop. (No tool can drive the system's own drag from outside a headless browser.)
 */
import type { Page } from 'playwright-core'

export interface DraggedFile {
  name: string
  bytes: number[]
}

/** The page's globals these steps use; the e2e tests compile without DOM types. */
interface DropGlobals {
  __dragged: unknown
  File: new (parts: unknown[], name: string) => unknown
  DataTransfer: new () => { items: { add(file: unknown): void } }
  DragEvent: new (type: string, init: { dataTransfer: unknown; bubbles: boolean; cancelable: boolean }) => unknown
  document: { body: { dispatchEvent(event: unknown): boolean } }
}

/** Drags the files over the window (without dropping yet). */
export async function dragFilesOver(page: Page, files: readonly DraggedFile[]): Promise<void> {
  await page.evaluate((list) => {
    const g = globalThis as unknown as DropGlobals
    const transfer = new g.DataTransfer()
    for (const f of list) transfer.items.add(new g.File([Uint8Array.from(f.bytes)], f.name))
    g.__dragged = transfer
    for (const type of ['dragenter', 'dragover']) {
      g.document.body.dispatchEvent(new g.DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
    }
  }, files)
}

/** Drops what dragFilesOver is dragging. */
export async function dropDragged(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = globalThis as unknown as DropGlobals
    g.document.body.dispatchEvent(new g.DragEvent('drop', { dataTransfer: g.__dragged, bubbles: true, cancelable: true }))
  })
}
