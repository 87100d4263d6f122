/** Reading what the editor shows: the selected span, the caret, find hits, flashes; pressing keys in a row. */
import type { Page } from 'playwright-core'
import type { PageDom } from './page-dom'
import { drawnHighlights, waitForSaved } from './page'

/** Presses each key in turn (e.g. 'Shift+ArrowRight'). */
export async function pressAll(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key)
}

/** The text of the one range in a highlight (null: none), e.g. 'sw-selected' or 'sw-cursor'. */
export async function drawnText(page: Page, name: string): Promise<string | null> {
  const ranges = (await drawnHighlights(page))[name] ?? []
  return ranges.length === 0 ? null : ranges.join('|')
}

/** Waits until a highlight's ranges read `text` (joined by "|"; null: empty). */
export async function waitForDrawn(page: Page, name: string, text: string | null): Promise<void> {
  await page.waitForFunction(
    ([wanted, highlight]) => {
      const texts: string[] = []
      ;(globalThis as unknown as PageDom).CSS.highlights.forEach((h, n) => {
        if (n === highlight) for (const r of h) texts.push(r.toString())
      })
      return (texts.length ? texts.join('|') : null) === wanted
    },
    [text, name] as const,
  )
}

/** Presses a key and waits until what it changed is on disk. */
export async function pressAndSave(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key)
  await waitForSaved(page)
}

/** The element that has the keyboard focus: its tag, accessible label, and whether its focus ring shows. */
export function focused(page: Page): Promise<{ tag: string; label: string | null; ring: boolean }> {
  return page.evaluate(() => {
    const dom = globalThis as unknown as FocusDom
    const el = dom.document.activeElement
    const style = el ? dom.getComputedStyle(el) : null
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      label: el?.getAttribute('aria-label') ?? null,
      ring: !!el && el.matches(':focus-visible') && style?.outlineStyle !== 'none' && style?.outlineWidth !== '0px',
    }
  })
}

/** What focused() reads in the page (the e2e tests compile without the DOM's types). */
interface FocusElement {
  tagName: string
  getAttribute(name: string): string | null
  matches(selector: string): boolean
}
interface FocusDom {
  document: { activeElement: FocusElement | null }
  getComputedStyle(el: FocusElement): { outlineStyle: string; outlineWidth: string }
}
