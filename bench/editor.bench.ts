/**
 * The editor in Chromium through the e2e harness, on a generated article of 1 MB
 * with 10,000 spans (three labels, a tenth nested). Times come from performance
 * marks the page records when localStorage "spanwright:perf" is "1"
 * (src-renderer/app/perf.ts); the heap from the DevTools protocol after a GC.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { openApp } from '../tests/e2e/harness'
import { makeLongWorkspace } from '../tests/support/long-workspace'
import { median, round, type Figure } from './measure'

const OPENS = 7
const UNCACHED_OPENS = 5
const KEYPRESSES = 100
const DRAGS = 30

interface PerfDom {
  localStorage: { setItem(key: string, value: string): void }
  performance: { getEntriesByName(name: string): Array<{ duration: number }>; clearMeasures(): void }
}

const durations = (page: Page, name: string): Promise<number[]> =>
  page.evaluate((n) => (globalThis as unknown as PerfDom).performance.getEntriesByName(n).map((e) => e.duration), name)

async function waitForCount(page: Page, name: string, count: number): Promise<void> {
  await page.waitForFunction(([n, c]) => (globalThis as unknown as PerfDom).performance.getEntriesByName(n).length >= c, [name, count] as const)
}

export async function editorBench(): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'spanwright-bench-editor-'))
  try {
    const long = await makeLongWorkspace(join(root, 'workspace'))
    const app = await openApp({ workspace: long.dir, viewport: { width: 1440, height: 900 } })
    const { page } = app
    try {
      await page.evaluate(() => (globalThis as unknown as PerfDom).localStorage.setItem('spanwright:perf', '1'))
      await page.reload()
      await page.locator('article p').first().waitFor()
      await page.locator('[aria-labelledby="span-panel-heading"] .count', { hasText: String(long.spans) }).waitFor()

      // Heap after opening the long document, once garbage is collected.
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('HeapProfiler.collectGarbage')
      const heap = await cdp.send('Runtime.getHeapUsage')

      // First paint: from asking to open the long document to the frame with its text and highlights,
      // opened again after another one (the window keeps what it opened and asks only whether it changed).
      const documents = page.getByRole('navigation', { name: 'Documents' }).locator('button.doc')
      const firstPaints: number[] = []
      const drawing: number[] = []
      for (let i = 0; i < OPENS; i++) {
        await documents.nth(1).click()
        await page.locator('[aria-labelledby="span-panel-heading"] .count', { hasText: /^0$/ }).waitFor()
        await page.evaluate(() => (globalThis as unknown as PerfDom).performance.clearMeasures())
        await documents.nth(0).click()
        await waitForCount(page, 'sw:first-paint', 1)
        firstPaints.push(...(await durations(page, 'sw:first-paint')))
        drawing.push(...(await durations(page, 'sw:first-paint:drawing')))
      }

      // The same, for a document this window has not opened before (a new window: nothing kept in it),
      // so its text and spans cross IPC; the service still has it in memory.
      const uncached: number[] = []
      for (let i = 0; i < UNCACHED_OPENS; i++) {
        // The short document open when the window starts (it opens the last one opened), then the long one.
        await documents.nth(1).click()
        await page.locator('[aria-labelledby="span-panel-heading"] .count', { hasText: /^0$/ }).waitFor()
        await page.reload()
        await page.locator('[aria-labelledby="span-panel-heading"] .count', { hasText: /^0$/ }).waitFor()
        await page.evaluate(() => (globalThis as unknown as PerfDom).performance.clearMeasures())
        await documents.nth(0).click()
        await waitForCount(page, 'sw:first-paint', 1)
        uncached.push(...(await durations(page, 'sw:first-paint')))
      }
      await page.locator('[aria-labelledby="span-panel-heading"] .count', { hasText: String(long.spans) }).waitFor()

      // Key press to paint: the caret moves one word on, a label key tags it. Each press comes once the
      // caret's move is drawn and the previous tag is on disk, as at an analyst's pace.
      await page.evaluate(() => (globalThis as unknown as PerfDom).performance.clearMeasures())
      const saved = page.locator('[data-save-state="saved"]')
      for (let i = 0; i < KEYPRESSES; i++) {
        await page.keyboard.press('ArrowRight')
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
        await saved.waitFor()
        await page.keyboard.press('3')
        await waitForCount(page, 'sw:keypress-to-paint', i + 1)
      }
      const keypresses = await durations(page, 'sw:keypress-to-paint')

      // Selection to offsets: every selection change of real mouse drags over the text.
      const box = await page.locator('main').boundingBox()
      if (!box) throw new Error('the reader is not shown')
      for (let i = 0; i < DRAGS; i++) {
        const y = box.y + 120 + ((i * 37) % Math.max(1, box.height - 240))
        await page.mouse.move(box.x + box.width * 0.3, y)
        await page.mouse.down()
        await page.mouse.move(box.x + box.width * 0.6, y + 60, { steps: 6 })
        await page.mouse.up()
      }
      const selections = await durations(page, 'sw:selection-to-offsets')

      return [
        { bench: 'editor.first_paint_ms', value: round(median(firstPaints)), unit: 'ms', target: 100 },
        { bench: 'editor.keypress_to_paint_ms', value: round(median(keypresses)), unit: 'ms', target: 16 },
        { bench: 'editor.selection_to_offsets_ms', value: round(median(selections), 3), unit: 'ms', target: 1 },
        { bench: 'editor.first_paint_uncached_ms', value: round(median(uncached)), unit: 'ms', target: 100 },
        // Of first paint, the part after the document arrived (the rest is the IPC call and the service reading it).
        { bench: 'editor.first_paint_drawing_ms', value: round(median(drawing)), unit: 'ms', target: 100 },
        { bench: 'editor.heap_mb', value: round(heap.usedSize / 2 ** 20, 1), unit: 'mb', target: 60 },
      ]
    } finally {
      await app.close()
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
