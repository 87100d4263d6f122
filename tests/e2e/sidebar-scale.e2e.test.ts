/**
 * The sidebar with 5,000 documents: it draws only the rows near its viewport,
 * yet says the whole count, scrolls to the last document, finds a title deep in
 * the list, moves the keyboard through all of it, and keeps the open document's
 * row in view when F8 or Shift+F8 opens one far down.
 */
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateWorkspace } from '../../bench/store-workspace'
import { openApp, type App } from './harness'
import type { PageDom, PageElement } from './helpers/page-dom'
import { readIndex, tempDir } from './helpers/workspace-files'

const DOCUMENTS = 5000
const folder = tempDir('sidebar-scale')
let app: App
let ids: string[]
let titles: string[]

beforeAll(async () => {
  ;({ ids } = await generateWorkspace(folder, { documents: DOCUMENTS, textBytes: 2000, spans: 2 }))
  titles = readIndex(folder).documents.map((d) => d.title)
  app = await openApp({ workspace: folder })
  await app.page.locator('article[lang="vi"] p').first().waitFor()
}, 60_000)

afterAll(async () => {
  const errors = app.pageErrors
  await app.close()
  rmSync(folder, { recursive: true, force: true })
  expect(errors).toEqual([])
})

const rows = () => app.page.locator('nav button.doc')
const row = (id: string) => app.page.locator(`nav button.doc[data-doc-id="${id}"]`)
const scroller = () => app.page.locator('nav .rows')
const focusedId = () => app.page.evaluate(() => (globalThis as unknown as { document: { activeElement: PageElement | null } }).document.activeElement?.getAttribute('data-doc-id') ?? null)

/** True when the document's row is drawn and wholly inside the list's visible part. */
async function inView(id: string): Promise<boolean> {
  return app.page.evaluate((docId) => {
    const { document } = globalThis as unknown as PageDom
    const box = document.querySelector('nav .rows')?.getBoundingClientRect()
    const rowBox = document.querySelector(`nav button.doc[data-doc-id="${docId}"]`)?.getBoundingClientRect()
    return !!box && !!rowBox && rowBox.top >= box.top - 0.5 && rowBox.bottom <= box.bottom + 0.5
  }, id)
}

async function scrollListTo(where: 'top' | 'middle' | 'bottom'): Promise<void> {
  await scroller().evaluate((el, to) => {
    const box = el as unknown as { scrollTop: number; scrollHeight: number; clientHeight: number }
    box.scrollTop = to === 'top' ? 0 : to === 'bottom' ? box.scrollHeight : (box.scrollHeight - box.clientHeight) / 2
  }, where)
}

describe('a sidebar of 5,000 documents', () => {
  it('counts all 5,000 but draws only the rows near the viewport, and scrolls to the last one', async () => {
    expect(await app.page.locator('nav').count()).toBe(1)
    expect(await app.page.locator('.sidebar h2 .count').textContent()).toBe(String(DOCUMENTS))
    const drawn = await rows().count()
    expect(drawn).toBeGreaterThan(5)
    expect(drawn).toBeLessThan(200)
    expect(await app.page.locator('nav li').first().getAttribute('aria-setsize')).toBe(String(DOCUMENTS))
    // The scrollbar is true to the whole list: far taller than the rows drawn.
    const height = await scroller().evaluate((el) => (el as unknown as { scrollHeight: number }).scrollHeight)
    expect(height).toBeGreaterThan(DOCUMENTS * 40)

    await scrollListTo('bottom')
    const last = ids[DOCUMENTS - 1] as string
    await row(last).waitFor()
    await expect.poll(() => inView(last)).toBe(true)
    expect(await row(last).locator('xpath=..').getAttribute('aria-posinset')).toBe(String(DOCUMENTS))
    expect(await rows().count()).toBeLessThan(200)
    await scrollListTo('top')
    await row(ids[0] as string).waitFor()
  })

  it('finds a title deep in the list by searching, and opens it on a click', async () => {
    const target = ids[4320] as string
    const search = app.page.getByRole('searchbox', { name: 'Filter by title' })
    await search.fill('số 4321')
    await app.page.getByText(`1 of ${DOCUMENTS} shown`).waitFor()
    expect(await app.page.locator('nav button.doc .title').allTextContents()).toEqual([titles[4320]])
    await row(target).click()
    await app.page.locator(`nav button.doc[data-doc-id="${target}"][aria-current="page"]`).waitFor()
    await app.page.locator('article[lang="vi"] p').first().filter({ hasText: 'Bài số 4321 ' }).waitFor()

    // Back to the whole list: the open document's row is still in view.
    await search.fill('')
    await app.page.getByText(`1 of ${DOCUMENTS} shown`).waitFor({ state: 'detached' })
    await expect.poll(() => inView(target)).toBe(true)
  })

  it('moves the keyboard focus through the whole list with Home, End and the arrows', async () => {
    await scrollListTo('top')
    await row(ids[0] as string).focus()
    await app.page.keyboard.press('End')
    await expect.poll(focusedId).toBe(ids[DOCUMENTS - 1])
    expect(await inView(ids[DOCUMENTS - 1] as string)).toBe(true)
    await app.page.keyboard.press('ArrowUp')
    await expect.poll(focusedId).toBe(ids[DOCUMENTS - 2])
    await app.page.keyboard.press('Home')
    await expect.poll(focusedId).toBe(ids[0])
    expect(await inView(ids[0] as string)).toBe(true)
    await app.page.keyboard.press('ArrowDown')
    await expect.poll(focusedId).toBe(ids[1])

    // Scrolled far away with the mouse wheel, the focused row stays put and keeps the focus.
    await scrollListTo('middle')
    await expect.poll(() => row(ids[DOCUMENTS / 2] as string).count()).toBe(1)
    expect(await focusedId()).toBe(ids[1])
    await app.page.keyboard.press('ArrowDown')
    await expect.poll(focusedId).toBe(ids[2])
    expect(await inView(ids[2] as string)).toBe(true)
    expect(await rows().count()).toBeLessThan(200)
  })

  it('scrolls the row of a document opened far down by Shift+F8 or F8 into view, marked current', async () => {
    await row(ids[0] as string).click()
    await app.page.locator(`nav button.doc[data-doc-id="${ids[0]}"][aria-current="page"]`).waitFor()
    // From the first document, the previous unfinished one wraps round to the last.
    await app.page.keyboard.press('Shift+F8')
    const last = ids[DOCUMENTS - 1] as string
    await app.page.locator(`nav button.doc[data-doc-id="${last}"][aria-current="page"]`).waitFor()
    await expect.poll(() => inView(last)).toBe(true)
    await app.page.keyboard.press('F8')
    await app.page.locator(`nav button.doc[data-doc-id="${ids[0]}"][aria-current="page"]`).waitFor()
    await expect.poll(() => inView(ids[0] as string)).toBe(true)
  })
})
