/**
 * Both sides' tag clock: a real double-click on a word in view that no highlight
 * covers, then key 3, until the frame whose highlight registry holds the new range
 * (bench/paint-probe.ts).
 */
import type { Page } from 'playwright-core'
import { armPaintProbe, readPaintProbe } from '../paint-probe'

export interface WordInView {
  text: string
  /** Its centre, in viewport pixels. */
  x: number
  y: number
}

/** Page-side source: defines `globalThis.__peerPickWord`. Plain functions only (it is sent as text). */
export const PICK_WORD_SOURCE = `(() => {
  if (globalThis.__peerPickWord) return
  const WORD = /(?<![\\p{L}\\p{M}\\p{N}])[\\p{L}\\p{M}]{3,}(?![\\p{L}\\p{M}\\p{N}])/gu
  globalThis.__peerPickWord = (selector, taken) => {
    const root = document.querySelector(selector)
    if (!root) return null
    const drawn = []
    for (const h of CSS.highlights.values()) for (const r of h) drawn.push(r)
    const top = 60
    const bottom = innerHeight - 60
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const box = node.parentElement.getBoundingClientRect()
      if (box.bottom < top) continue
      if (box.top > bottom) break
      WORD.lastIndex = 0
      for (let m = WORD.exec(node.data); m; m = WORD.exec(node.data)) {
        if (taken.includes(m[0])) continue
        const range = document.createRange()
        range.setStart(node, m.index)
        range.setEnd(node, m.index + m[0].length)
        const rects = range.getClientRects()
        if (rects.length !== 1) continue
        const r = rects[0]
        if (r.top < top || r.bottom > bottom || r.left < 0 || r.right > innerWidth) continue
        if (drawn.some((d) => range.compareBoundaryPoints(Range.START_TO_END, d) > 0 && range.compareBoundaryPoints(Range.END_TO_START, d) < 0)) continue
        return { text: m[0], x: r.left + r.width / 2, y: r.top + r.height / 2 }
      }
    }
    return null
  }
})()`

interface PickWindow {
  __peerPickWord(selector: string, taken: string[]): WordInView | null
}

/** Installs the picker in this page and in every page it loads later. */
export async function installWordPicker(page: Page): Promise<void> {
  await page.addInitScript({ content: PICK_WORD_SOURCE })
  await page.evaluate(PICK_WORD_SOURCE)
}

/** The first word in view inside `selector`, not in `taken`, that no highlight range touches. */
export const pickWord = (page: Page, selector: string, taken: readonly string[]): Promise<WordInView | null> =>
  page.evaluate(([s, t]) => (globalThis as unknown as PickWindow).__peerPickWord(s, t), [selector, [...taken]] as [string, string[]])

/** Two frames and a little idle time, so the page has handled the selection before the key comes. */
const settle = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))))

/**
 * Double-clicks a fresh word in `selector`, presses 3 and returns the milliseconds from the
 * key press to the frame holding its highlight. Throws, naming the side, when no word is
 * found, the double-click selects something else, or the highlight never appears.
 */
export async function tagWord(page: Page, side: string, selector: string, taken: string[]): Promise<number> {
  const word = await pickWord(page, selector, taken)
  if (!word) throw new Error(`${side}: no untagged word in view to tag`)
  taken.push(word.text)
  await page.mouse.dblclick(word.x, word.y)
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '')
  if (selected !== word.text) throw new Error(`${side}: a double-click on "${word.text}" selected "${selected}"`)
  await settle(page)
  await armPaintProbe(page, [word.text], 'keydown')
  await page.keyboard.press('3')
  const result = await readPaintProbe(page, 10_000)
  if (!result) throw new Error(`${side}: key 3 on "${word.text}" drew no highlight within 10 s`)
  return result.ms
}
