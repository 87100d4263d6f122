/** What a user at a given window size can see: sideways scrolling, and whether a control is in view, whole and on top. */
import type { Locator, Page } from 'playwright-core'

/** Elements wider than their box, scrolling sideways: the page, its body, the window's frame and columns. */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const boxes = [document.documentElement, document.body, ...document.querySelectorAll('.app, .app > *, .main, .main > *, .toolbar > *')]
    return boxes
      .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'hidden' && getComputedStyle(e).overflowX !== 'clip')
      .map((e) => (e.tagName + '.' + [...e.classList].join('.')) + ': ' + e.scrollWidth + ' > ' + e.clientWidth)
  })()`)
}

/**
 * Why a control cannot be seen whole, or null when it can: it lies outside the window,
 * an ancestor that hides its overflow cuts it, or something else is drawn over its middle.
 */
export function whyNotVisible(control: Locator): Promise<string | null> {
  return control.evaluate((element) => {
    const page = globalThis as unknown as {
      innerWidth: number
      innerHeight: number
      getComputedStyle(e: unknown): { overflowX: string; overflowY: string; visibility: string; display: string }
      document: { elementFromPoint(x: number, y: number): unknown }
    }
    interface Box {
      getBoundingClientRect(): { left: number; right: number; top: number; bottom: number; width: number; height: number }
      parentElement: Box | null
      contains(other: unknown): boolean
      tagName: string
      className: unknown
    }
    const e = element as unknown as Box
    const r = e.getBoundingClientRect()
    const name = (b: Box): string => `${b.tagName.toLowerCase()}.${String(b.className)}`
    if (r.width === 0 || r.height === 0) return 'not drawn (no size)'
    if (page.getComputedStyle(e).visibility !== 'visible') return 'invisible'
    if (r.left < -0.5 || r.top < -0.5 || r.right > page.innerWidth + 0.5 || r.bottom > page.innerHeight + 0.5) {
      return `outside the window: ${Math.round(r.left)},${Math.round(r.top)} – ${Math.round(r.right)},${Math.round(r.bottom)}`
    }
    for (let a = e.parentElement; a; a = a.parentElement) {
      const style = page.getComputedStyle(a)
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
      const c = a.getBoundingClientRect()
      if (r.left < c.left - 0.5 || r.right > c.right + 0.5 || r.top < c.top - 0.5 || r.bottom > c.bottom + 0.5) return `cut by ${name(a)}`
    }
    const top = page.document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2)
    if (!e.contains(top)) return `covered by ${top ? name(top as Box) : 'nothing'}`
    return null
  })
}
