/**
 * Acting on the page as an analyst does: real mouse drags between the screen
 * positions of characters, real clicks and key presses. Layout is only read.
 */
import type { Page } from 'playwright-core'
import type { PageDom, PageRect } from './page-dom'

export interface Point {
  x: number
  y: number
}

export interface TextTarget {
  /** The text to find in the open document (within one paragraph). */
  text: string
  /** Which occurrence in the document, 0-based. */
  occurrence?: number
  /** Drag over only part of `text`: UTF-16 indices into it [from, to). */
  from?: number
  to?: number
}

/**
 * Screen points just inside the first and last character of a target: a drag from
 * the first to the second selects exactly those characters. Scrolls it into view first.
 */
export async function locateText(page: Page, target: TextTarget, { scroll = true } = {}): Promise<{ start: Point; end: Point }> {
  await page.evaluate(() => (globalThis as unknown as PageDom).document.fonts.ready.then(() => undefined))
  const found = await page.evaluate(({ text, occurrence = 0, from = 0, to = text.length, scroll }) => {
    const { document } = globalThis as unknown as PageDom
    let seen = 0
    for (const p of document.querySelectorAll('article [data-start]')) {
      const node = p.firstChild
      if (!node || node.nodeType !== 3) continue
      for (let at = node.data.indexOf(text); at >= 0; at = node.data.indexOf(text, at + 1)) {
        if (seen++ < occurrence) continue
        // The target itself to the middle of the reader (a paragraph may be taller than the reader).
        const scroller = p.closest('main')
        if (scroll && scroller) {
          const r = document.createRange()
          r.setStart(node, at + from)
          r.setEnd(node, at + from + 1)
          const box = scroller.getBoundingClientRect()
          scroller.scrollTop += r.getBoundingClientRect().top - (box.top + box.height / 2)
        } else if (scroll) p.scrollIntoView({ block: 'center', behavior: 'instant' })
        // No named inner functions: a bundler's keepNames helper would not exist in the page.
        const [first, last] = [at + from, at + to - 1].map((i) => {
          const r = document.createRange()
          r.setStart(node, i)
          r.setEnd(node, i + 1)
          return r.getBoundingClientRect()
        }) as [PageRect, PageRect]
        return {
          start: { x: first.left + Math.min(2, first.width / 4), y: first.top + first.height / 2 },
          end: { x: last.right - Math.min(2, last.width / 4), y: last.top + last.height / 2 },
        }
      }
    }
    return null
  }, { ...target, scroll })
  if (!found) throw new Error(`the open document does not show "${target.text}" (occurrence ${target.occurrence ?? 0})`)
  return found
}

async function drag(page: Page, from: Point, to: Point, alt = false): Promise<void> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 })
  await page.mouse.move(to.x, to.y, { steps: 4 })
  if (alt) await page.keyboard.down('Alt')
  await page.mouse.up()
  if (alt) await page.keyboard.up('Alt')
}

/** Selects text with the mouse: press on the first character, drag, release on the last. */
export async function dragSelect(page: Page, target: TextTarget, options: { alt?: boolean } = {}): Promise<void> {
  const { start, end } = await locateText(page, target)
  await drag(page, start, end, options.alt)
}

/** Drags from the first character of one target to the last of another (say, in a later paragraph). */
export async function dragBetween(page: Page, from: TextTarget, to: TextTarget): Promise<void> {
  // Both points are read after the one scroll: scrolling to `to` as well would leave `from`'s stale.
  const { start } = await locateText(page, from)
  const { end } = await locateText(page, to, { scroll: false })
  await drag(page, start, end)
}

/** Clicks in the middle of one character of `text` (by default its middle one). */
export async function clickText(page: Page, target: TextTarget & { at?: number }): Promise<void> {
  const i = target.at ?? Math.floor(target.text.length / 2)
  const { start, end } = await locateText(page, { ...target, from: i, to: i + 1 })
  await page.mouse.click((start.x + end.x) / 2, (start.y + end.y) / 2)
}

/** The text the browser reports as selected right now. */
export function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as PageDom).document.getSelection()?.toString() ?? '')
}

/** What CSS.highlights holds: highlight name → the text of each of its ranges. */
export function drawnHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {}
    ;(globalThis as unknown as PageDom).CSS.highlights.forEach((h, name) => {
      out[name] = [...h].map((r) => r.toString())
    })
    return out
  })
}

export interface PanelRow {
  label: string
  text: string
  selected: boolean
}

/** The rows of the span panel, top to bottom: label chip, span text, whether selected. */
export function panelRows(page: Page): Promise<PanelRow[]> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as PageDom
    return [...document.querySelectorAll('[aria-labelledby="span-panel-heading"] li')].map((row) => ({
      label: row.querySelector('.chip')?.textContent?.trim() ?? '',
      text: row.querySelector('.span-text')?.textContent ?? '',
      selected: row.querySelector('[aria-current="true"]') !== null,
    }))
  })
}

/** How many rows the span panel shows. */
export function panelRowCount(page: Page): Promise<number> {
  return page.locator('[aria-labelledby="span-panel-heading"] li').count()
}

/** Waits until every edit the window shows is on disk (the span panel says "All changes saved"). */
export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor()
}

/** Waits until the span panel shows `n` rows and every edit is on disk. */
export async function waitForPanelRows(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (count) => (globalThis as unknown as PageDom).document.querySelectorAll('[aria-labelledby="span-panel-heading"] li').length === count,
    n,
  )
  await waitForSaved(page)
}

/** Selects `target` with the mouse and presses a label's hotkey; resolves once the new span is listed. */
export async function tagWithKey(page: Page, target: TextTarget, key: string): Promise<void> {
  const before = await panelRowCount(page)
  await dragSelect(page, target)
  await page.keyboard.press(key)
  await waitForPanelRows(page, before + 1)
}

/** Whether the drawn span range whose text is `text` lies inside the visible part of the reader. */
export function isSpanVisible(page: Page, text: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    const { document, CSS } = globalThis as unknown as PageDom
    const reader = document.querySelector('main')?.getBoundingClientRect()
    let visible = false
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith('sw-') || name === 'sw-selected') return
      for (const r of h) {
        const rect = r.getBoundingClientRect()
        if (reader && r.toString() === wanted) visible = rect.top >= reader.top && rect.bottom <= reader.bottom
      }
    })
    return visible
  }, text)
}

/** Waits until the span drawn as selected has this text (null: no span is selected). */
export async function waitForSelectedSpan(page: Page, text: string | null): Promise<void> {
  await page.waitForFunction((wanted) => {
    let drawn: string | null = null
    ;(globalThis as unknown as PageDom).CSS.highlights.forEach((h, name) => {
      if (name === 'sw-selected') for (const r of h) drawn = r.toString()
    })
    return drawn === wanted
  }, text)
}
