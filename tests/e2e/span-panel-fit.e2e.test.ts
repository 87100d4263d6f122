/**
 * Issue 13: with a span selected at the window's default size the span list stays
 * usable (more than four rows in view above the details), and the span's whole text
 * is shown on demand in the details, wrapped.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { addSpan } from '../support/span-edits'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { whyNotVisible } from './helpers/layout'

const folders = workspaces('span-panel-fit')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

/** Rows of the span list at least two-thirds inside the list's visible box (readable and clickable). */
const rowsInView = `(() => {
  const list = document.querySelector('[aria-labelledby="span-panel-heading"] .list').getBoundingClientRect()
  return [...document.querySelectorAll('[aria-labelledby="span-panel-heading"] li')]
    .map((li) => li.getBoundingClientRect())
    .filter((r) => Math.min(r.bottom, list.bottom) - Math.max(r.top, list.top) >= (r.height * 2) / 3).length
})()`

describe('the span panel with a span selected at 1280×820', () => {
  it('keeps more than four rows of the list in view, and shows the whole of a long span on demand', async () => {
    app = await openSeeded(folders.next())
    const { page, services } = app
    const docId = app.docIds[0]!
    const { text } = await services.openDocument({ docId })
    const cp = (s: string): number => [...s].length
    const at = (phrase: string): { start: number; end: number } => {
      const i = text.indexOf(phrase)
      if (i < 0) throw new Error(`no "${phrase}" in the first document`)
      return { start: cp(text.slice(0, i)), end: cp(text.slice(0, i)) + cp(phrase) }
    }
    // A long commitment: a whole sentence of the article, far longer than a row shows.
    const paragraph = text.split('\n').find((p) => p.startsWith('Tại cuộc gặp'))!
    const long = paragraph.slice(0, paragraph.indexOf('.') + 1)
    expect(long.length).toBeGreaterThan(200)
    await addSpan(services, { docId, ...at(long), label: 'commitment', snap: 'exact' })
    for (const phrase of ['Ngày 27/2', 'Chính phủ', 'Takebe Tsutomu', 'Yamada Takio', '50 năm', 'Baoquocte.vn', 'Trần Hồng Hà'])
      await addSpan(services, { docId, ...at(phrase), label: 'figure' })
    await page.reload()
    await page.locator('[aria-labelledby="span-panel-heading"] li').first().waitFor()

    await page.locator('[aria-labelledby="span-panel-heading"] li', { hasText: 'Tại cuộc gặp' }).locator('button.pick').click()
    const details = page.locator('section.details')
    await details.waitFor()
    expect(await page.evaluate(rowsInView)).toBeGreaterThan(4)

    // Two lines until asked; then the whole text, wrapped, in view.
    const quote = details.getByLabel('Span text')
    expect(await quote.evaluate((e) => e.scrollHeight > e.clientHeight + 1)).toBe(true)
    const expand = details.getByRole('button', { name: 'Show the whole text' })
    expect(await expand.getAttribute('aria-expanded')).toBe('false')
    await expand.click()
    expect(await details.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true')
    expect(await quote.textContent()).toBe(long)
    expect(await quote.evaluate((e) => e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1)).toBe(true)
    expect(await whyNotVisible(quote)).toBeNull()
    expect(await page.evaluate(rowsInView)).toBeGreaterThanOrEqual(2) // the list is still there to pick from

    // A span two lines hold whole offers no button.
    await page
      .locator('[aria-labelledby="span-panel-heading"] li')
      .filter({ has: page.locator('.span-text', { hasText: /^Ngày 27\/2$/ }) })
      .locator('button.pick')
      .click()
    await details.getByLabel('Span text').filter({ hasText: 'Ngày 27/2' }).waitFor()
    expect(await details.getByRole('button', { name: 'Show the whole text' }).count()).toBe(0)
  })
})
