/**
 * The document list and the text: what the analyst sees on start, opening another
 * article, moving through the list with the keyboard, and coming back after a reload.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { readDocument, readIndex } from './helpers/workspace-files'
import type { PageDom } from './helpers/page-dom'

const folders = workspaces('documents')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const documentButtons = (a: OpenedApp) => a.page.getByRole('navigation', { name: 'Documents' }).locator('button.doc')

/** Each drawn paragraph: its data-start (UTF-16 offset) and its text. */
const drawnParagraphs = (a: OpenedApp) =>
  a.page.evaluate(() =>
    [...(globalThis as unknown as PageDom).document.querySelectorAll('article[lang="vi"] [data-start]')].map((p) => ({
      start: Number(p.getAttribute('data-start')),
      text: p.textContent ?? '',
    })),
  )

/** What FORMAT.md's text gives: one paragraph per line, starting at its UTF-16 offset. */
function expectedParagraphs(text: string): { start: number; text: string }[] {
  let start = 0
  return text.split('\n').map((line) => {
    const p = { start, text: line }
    start += line.length + 1
    return p
  })
}

describe('the document list', () => {
  it('lists the five seed articles with their full title, span count and status, and opens the first', async () => {
    app = await openSeeded(folders.next())
    const index = readIndex(app.workspace)
    expect(index.documents).toHaveLength(5)
    const buttons = documentButtons(app)
    expect(await buttons.count()).toBe(5)
    for (const [i, entry] of index.documents.entries()) {
      const button = buttons.nth(i)
      const title = button.locator('.title')
      expect(await title.textContent()).toBe(entry.title)
      expect(await title.getAttribute('title')).toBe(entry.title)
      expect(await button.textContent()).toContain('0 spans')
      expect(await button.textContent()).toContain('to do')
      expect(await button.getAttribute('aria-current')).toBe(i === 0 ? 'page' : null)
    }
    expect(await drawnParagraphs(app)).toEqual(expectedParagraphs(readDocument(app.workspace, app.docIds[0] as string).text))
  })

  it('shows the clicked article as one paragraph per line, each holding its start offset, in Vietnamese', async () => {
    app = await openSeeded(folders.next())
    const third = app.docIds[2] as string
    await documentButtons(app).nth(2).click()
    await app.page.locator('nav [aria-current="page"]', { hasText: readIndex(app.workspace).documents[2]?.title }).waitFor()
    const { text } = readDocument(app.workspace, third)
    await app.page.waitForFunction(
      (first) => (globalThis as unknown as PageDom).document.querySelector('article [data-start]')?.textContent === first,
      text.split('\n')[0],
    )
    expect(await drawnParagraphs(app)).toEqual(expectedParagraphs(text))
    expect(await app.page.locator('article').getAttribute('lang')).toBe('vi')
    expect(await documentButtons(app).nth(0).getAttribute('aria-current')).toBeNull()
  })

  it('moves through the list with the arrow keys and opens an article with Enter', async () => {
    app = await openSeeded(folders.next())
    await documentButtons(app).nth(0).focus()
    await app.page.keyboard.press('ArrowDown')
    await app.page.keyboard.press('ArrowDown')
    await app.page.keyboard.press('ArrowUp')
    await app.page.keyboard.press('Enter')
    await app.page.locator('nav li:nth-child(2) [aria-current="page"]').waitFor()
    const { text } = readDocument(app.workspace, app.docIds[1] as string)
    expect(await drawnParagraphs(app)).toEqual(expectedParagraphs(text))
  })

  it('opens the article that was open before the window was reloaded', async () => {
    app = await openSeeded(folders.next())
    await documentButtons(app).nth(4).click()
    await app.page.locator('nav li:nth-child(5) [aria-current="page"]').waitFor()
    await app.page.reload()
    await app.page.locator('nav li:nth-child(5) [aria-current="page"]').waitFor()
    const { text } = readDocument(app.workspace, app.docIds[4] as string)
    await app.page.locator('article [data-start]').first().waitFor()
    expect(await drawnParagraphs(app)).toEqual(expectedParagraphs(text))
  })
})
