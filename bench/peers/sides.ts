/**
 * One round of each side in the same Chromium: a fresh page opens the long document
 * (clock: bench/paint-probe.ts, until the first spans' highlights are drawn), the JS heap
 * is read after a garbage collection, then words are tagged with the mouse and key 3.
 */
import type { Browser, Page } from 'playwright-core'
import type { App } from '../../tests/e2e/harness'
import { armPaintProbe, installPaintProbe, readPaintProbe, type ProbeResult } from '../paint-probe'
import { installWordPicker, tagWord } from './pick-word'

export interface RoundResult {
  openMs: number
  heapMb: number
  tagMs: number[]
}

export interface RoundPlan {
  /** Texts of the first spans: the open clock ends in the frame that holds them all. */
  firstTexts: readonly string[]
  tags: number
  /** Words this side tagged so far (not tagged twice). */
  taken: string[]
}

const OPEN_TIMEOUT_MS = 600_000

export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = await cdp.send('Runtime.getHeapUsage')
    return heap.usedSize / 2 ** 20
  } finally {
    await cdp.detach()
  }
}

async function tagWords(page: Page, side: string, selector: string, plan: RoundPlan, afterTag: () => Promise<void>): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < plan.tags; i++) {
    times.push(await tagWord(page, side, selector, plan.taken))
    await afterTag()
  }
  return times
}

/** Makes the app's page ready for rounds: the probe and the word picker survive its reloads. */
export async function prepareSpanwright(app: App): Promise<void> {
  await installPaintProbe(app.page)
  await installWordPicker(app.page)
}

const SPAN_COUNT = '[aria-labelledby="span-panel-heading"] .count'
const DOCUMENT_BUTTONS = 'nav[aria-label="Documents"] button.doc'

/** Waits in the page's own world until the span panel's count is (`zero`) or is not 0. */
async function spanCountZero(page: Page, zero: boolean): Promise<void> {
  const handle = await page.waitForFunction(([sel, z]) => (document.querySelector(sel)?.textContent === '0') === z, [SPAN_COUNT, zero] as const, { timeout: OPEN_TIMEOUT_MS })
  await handle.dispose()
}

/** A real mouse click on the document button `index` of the list, found in the page's own world. */
async function clickDocument(page: Page, index: number): Promise<void> {
  const at = await page.evaluate(
    ([sel, i]) => {
      const box = document.querySelectorAll(sel)[i]?.getBoundingClientRect()
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null
    },
    [DOCUMENT_BUTTONS, index] as const,
  )
  if (!at) throw new Error(`Spanwright: no document button ${index} in the list`)
  await page.mouse.click(at.x, at.y)
}

/** The window reloaded on the short document (nothing of the long one kept in it). */
export async function reloadOnShort(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).locator('button.doc').nth(1).click()
  await page.locator(SPAN_COUNT, { hasText: /^0$/ }).waitFor()
  await page.reload()
  await spanCountZero(page, true)
}

/** A click on the long document (the first in the list) until it is wholly open; the open clock ends when its first spans are drawn. */
export async function openLong(page: Page, firstTexts: readonly string[]): Promise<ProbeResult> {
  await armPaintProbe(page, firstTexts, 'click')
  await clickDocument(page, 0)
  const open = await readPaintProbe(page, OPEN_TIMEOUT_MS)
  if (!open) throw new Error(`Spanwright: the first spans (${firstTexts.join(', ')}) were not drawn within ${OPEN_TIMEOUT_MS} ms of the click`)
  await spanCountZero(page, false)
  const settled = await page.waitForFunction(() => document.querySelector('section[aria-labelledby="suggestions-heading"]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: OPEN_TIMEOUT_MS })
  await settled.dispose()
  return open
}

/**
 * Spanwright cold: the window is reloaded on the short document (nothing of the long one
 * kept in it), then a click on the long one in the list starts the clock; its text and
 * spans cross the harness's stand-in for IPC, as in editor.first_paint_uncached_ms.
 *
 * The heap is read once the document is wholly open: drawn, its spans in the panel and its
 * suggestions arrived (the panel's section no longer busy), not at a moment that races them.
 * From the reload to that read the page is driven without Playwright locators, as the
 * recogito page is: a locator loads Playwright's own script (~0.5 MB with its compiled
 * code) into a second JS world of the page, which would be counted as Spanwright's.
 */
export async function spanwrightRound(app: App, plan: RoundPlan): Promise<RoundResult> {
  const { page } = app
  await reloadOnShort(page)
  const open = await openLong(page, plan.firstTexts)
  const heap = await heapMb(page)
  const saved = page.locator('[data-save-state="saved"]')
  const tagMs = await tagWords(page, 'Spanwright', 'article.text', plan, () => saved.waitFor())
  return { openMs: open.ms, heapMb: heap, tagMs }
}

interface PeerWindow {
  __peer: { ready: Promise<void>; open(): void }
  __paintProbe: { arm(texts: string[], startOn: 'now'): void }
}

/**
 * Recogito: a fresh page in a new context of the same browser. The document is fetched
 * and its annotations parsed into recogito's model before the clock; the clock covers
 * inserting the text (one <p> per line), creating the annotator with its CSS Custom
 * Highlights renderer and setAnnotations, until the first spans are drawn.
 */
export async function recogitoRound(browser: Browser, origin: string, viewport: { width: number; height: number }, plan: RoundPlan): Promise<RoundResult> {
  const context = await browser.newContext({ viewport, locale: 'en-US' })
  try {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await installPaintProbe(page)
    await installWordPicker(page)
    await page.goto(`${origin}/index.html`)
    await page.evaluate(() => (globalThis as unknown as PeerWindow).__peer.ready)
    // Armed and started in one call, so the clock holds no round trip to the page.
    await page.evaluate((texts) => {
      const w = globalThis as unknown as PeerWindow
      w.__paintProbe.arm(texts, 'now')
      w.__peer.open()
    }, [...plan.firstTexts])
    const open = await readPaintProbe(page, OPEN_TIMEOUT_MS)
    if (!open) throw new Error(`recogito: the first spans (${plan.firstTexts.join(', ')}) were not drawn within ${OPEN_TIMEOUT_MS} ms ${errors.join('; ')}`)
    const heap = await heapMb(page)
    const tagMs = await tagWords(page, 'recogito', '#text', plan, async () => undefined)
    if (errors.length > 0) throw new Error(`recogito page: ${errors.join('; ')}`)
    return { openMs: open.ms, heapMb: heap, tagMs }
  } finally {
    await context.close()
  }
}
