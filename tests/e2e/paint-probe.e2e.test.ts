/**
 * The benchmarks' paint clock (bench/paint-probe.ts) in real Chromium: a mark ends only
 * in a frame whose highlight registry holds the new range, and nothing is recorded
 * when the range never appears.
 */
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { armPaintProbe, countHighlighted, installPaintProbe, readPaintProbe } from '../../bench/paint-probe'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
})
afterAll(async () => {
  await browser.close()
})
beforeEach(async () => {
  page = await browser.newPage()
  await page.setContent('<p id="t">hello world, hello again</p>')
  await installPaintProbe(page)
})

/** On the next key press, the page adds a highlight of "world" after `frames` frames (or never, when null). */
const highlightOnKey = (frames: number | null): Promise<void> =>
  page.evaluate((n) => {
    addEventListener('keydown', () => {
      if (n === null) return
      const add = (): void => {
        const node = document.getElementById('t')?.firstChild
        if (!node) return
        const range = new Range()
        range.setStart(node, 6)
        range.setEnd(node, 11)
        CSS.highlights.set('probe-test', new Highlight(range))
      }
      if (n === 0) return add()
      let left = n
      const tick = (): void => {
        left -= 1
        if (left === 0) add()
        else requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    }, { once: true })
  }, frames)

describe('paint probe', () => {
  it('records nothing when the highlight never appears', async () => {
    await highlightOnKey(null)
    await armPaintProbe(page, ['world'], 'keydown')
    await page.keyboard.press('3')
    expect(await readPaintProbe(page, 800)).toBeNull()
  })

  it('does not count a range that was already there when armed', async () => {
    await highlightOnKey(0)
    await page.keyboard.press('3')
    expect(await countHighlighted(page, 'world')).toBe(1)
    await page.evaluate(() => addEventListener('keydown', () => undefined, { once: true }))
    await armPaintProbe(page, ['world'], 'keydown')
    await page.keyboard.press('3')
    expect(await readPaintProbe(page, 800)).toBeNull()
  })

  it('ends in the first frame that holds the range, not the frame after the key', async () => {
    await highlightOnKey(4)
    await armPaintProbe(page, ['world'], 'keydown')
    await page.keyboard.press('3')
    const late = await readPaintProbe(page)
    expect(late).not.toBeNull()
    // Added in the app's callback of the fourth frame after the key, so drawn in that frame or, counted late, the next.
    expect(late?.frames).toBeGreaterThanOrEqual(4)
    expect(late?.frames).toBeLessThanOrEqual(5)
  })

  it('counts a range added in the key handler itself as drawn in the next frame', async () => {
    await highlightOnKey(0)
    await armPaintProbe(page, ['world'], 'keydown')
    await page.keyboard.press('3')
    const result = await readPaintProbe(page)
    expect(result?.frames).toBe(1)
    expect(result?.ms).toBeGreaterThan(0)
  })
})
