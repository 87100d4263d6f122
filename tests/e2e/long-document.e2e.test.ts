/**
 * A long document (1 MB of text, 10,000 spans, a tenth nested): only paragraphs
 * near the viewport are drawn, scrolling never shows a blank screen, the span
 * panel reaches the last span and the text jumps to it, and tagging there works.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { makeLongWorkspace } from '../support/long-workspace'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { waitForDrawn } from './helpers/editor'
import { dragSelect, waitForSaved } from './helpers/page'
import type { PageDom } from './helpers/page-dom'
import { readDocument, spansOnDisk } from './helpers/workspace-files'

const folders = workspaces('long-document')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

/** How many paragraphs are drawn, how many of them show in the reader, and how many span ranges are drawn. */
const drawn = (a: OpenedApp) =>
  a.page.evaluate(() => {
    const { document, CSS } = globalThis as unknown as PageDom
    const reader = document.querySelector('main')?.getBoundingClientRect()
    const paragraphs = [...document.querySelectorAll('article [data-start]')]
    const visible = paragraphs.filter((p) => {
      const r = p.getBoundingClientRect()
      return !!reader && r.bottom > reader.top && r.top < reader.bottom
    }).length
    let ranges = 0
    CSS.highlights.forEach((h, name) => {
      if (['sw-commitment', 'sw-agreement', 'sw-figure'].includes(name)) ranges += [...h].length
    })
    return { paragraphs: paragraphs.length, visible, ranges }
  })

describe('a 1 MB document with 10,000 spans', () => {
  it('draws only what is near the viewport, scrolls without gaps, jumps to the last span and tags there', async () => {
    const long = await makeLongWorkspace(folders.next())
    app = await openSeeded(long.dir)
    const { page } = app
    const lines = readDocument(long.dir, long.longId).text.split('\n').length
    const start = await drawn(app)
    expect(start.paragraphs).toBeLessThan(lines / 20)
    expect(start.ranges).toBeGreaterThan(0)
    expect(start.ranges).toBeLessThan(long.spans / 20)

    await page.mouse.move(640, 450)
    // Right after opening, a quick flick down and a turn back, a drag of the scrollbar to
    // the middle, then all the way up: each time the reader settles on drawn text.
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, 9000)
      await page.waitForTimeout(30)
    }
    await page.waitForTimeout(400)
    await page.mouse.wheel(0, -2500)
    await page.waitForTimeout(400)
    expect((await drawn(app)).visible, 'after a flick and a turn back').toBeGreaterThan(0)
    await page.locator('article[lang="vi"]').evaluate((article) => {
      const scroller = article.parentElement?.closest('main') ?? null
      if (scroller) scroller.scrollTop = scroller.scrollHeight / 2
    })
    await page.waitForTimeout(400)
    expect((await drawn(app)).visible, 'after dragging the scrollbar to the middle').toBeGreaterThan(0)
    await page.mouse.wheel(0, -10_000_000)
    await page.waitForTimeout(400)
    expect((await drawn(app)).visible, 'back at the top').toBeGreaterThan(0)
    expect(await page.locator('article[lang="vi"] p').first().getAttribute('data-start')).toBe('0')

    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, 4000)
      await page.waitForTimeout(120)
      const now = await drawn(app)
      expect(now.visible, `after ${i + 1} turns of the wheel`).toBeGreaterThan(0)
      expect(now.paragraphs).toBeLessThan(lines / 20)
    }

    // The last span, from the span panel: the text jumps there and draws it selected.
    const last = spansOnDisk(long.dir, long.longId).at(-1)
    const panel = page.locator('[aria-labelledby="span-panel-heading"] .list')
    await panel.hover()
    await page.mouse.wheel(0, 10_000_000)
    const row = page.locator(`[data-span-id="${last?.id}"] button.pick`)
    await row.click()
    await waitForDrawn(page, 'sw-selected', last?.text ?? '')
    expect((await drawn(app)).paragraphs).toBeLessThan(lines / 20)

    // Then on to the end of the text with the wheel, and a phrase of its last line tagged.
    await page.keyboard.press('Escape')
    await page.mouse.move(640, 450)
    await page.mouse.wheel(0, 1_000_000)
    const tail = readDocument(long.dir, long.longId).text.split('\n').at(-1) as string
    const phrase = tail.split(' ').slice(1, 4).join(' ')
    await dragSelect(page, { text: phrase })
    await page.keyboard.press('1')
    await waitForDrawn(page, 'sw-selected', phrase)
    await waitForSaved(page)
    const spans = spansOnDisk(long.dir, long.longId)
    expect(spans).toHaveLength(long.spans + 1)
    expect(spans.some((s) => s.text === phrase && s.label === 'commitment' && s.start > long.length * 0.9)).toBe(true)
  })
})
