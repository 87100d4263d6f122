/**
 * Issue 15: a title with a right-to-left override (U+202E, "report‮gnp.exe" drawn as
 * "reportexe.png") is isolated wherever it is shown, so the override cannot reorder the
 * words after it: in the list, above the text, and in the question before a delete.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { addSpan } from '../support/span-edits'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'

const folders = workspaces('bidi')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const TITLE = 'report\u202Egnp.exe'

/**
 * The left edge of each character of `after` where it follows `before` in the element's
 * text: in logical order a line of left-to-right words is drawn left to right.
 */
const edgesAfter = (selector: string, before: string, after: string): string => `(() => {
  const p = document.querySelector(${JSON.stringify(selector)})
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
  const nodes = []
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n)
  const text = nodes.map((n) => n.data).join('')
  const from = text.indexOf(${JSON.stringify(before)}) + ${JSON.stringify(before)}.length
  const xs = []
  for (let i = from; i < from + ${JSON.stringify(after)}.length; i++) {
    let k = i
    const node = nodes.find((n) => (k < n.data.length ? true : ((k -= n.data.length), false)))
    const r = document.createRange()
    r.setStart(node, k)
    r.setEnd(node, k + 1)
    xs.push(Math.round(r.getBoundingClientRect().left))
  }
  return xs
})()`

const increasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x > (xs[i - 1] as number))

describe('bidirectional controls in user text', () => {
  it('isolates a title with U+202E in the list, the header and the delete question; the words after it keep their order', async () => {
    app = await openSeeded(folders.next())
    const { page, services } = app
    const docId = app.docIds[0]!
    await services.renameDocument({ docId, title: TITLE })
    const { text } = await services.openDocument({ docId })
    const at = [...text.slice(0, text.indexOf('Takebe Tsutomu'))].length
    await addSpan(services, { docId, start: at, end: at + 14, label: 'commitment' })
    await page.reload()
    await page.locator('article[lang="vi"] p').first().waitFor()

    const row = page.locator(`button.doc[data-doc-id="${docId}"] .title`)
    expect(await row.textContent()).toBe(TITLE)
    expect(await row.evaluate((e) => (globalThis as unknown as Styles).getComputedStyle(e).unicodeBidi)).toBe('isolate')
    expect(await page.locator('.page h1').evaluate((e) => (globalThis as unknown as Styles).getComputedStyle(e).unicodeBidi)).toBe('isolate')
    expect(await page.locator('.page .source').evaluate((e) => (globalThis as unknown as Styles).getComputedStyle(e).unicodeBidi)).toBe('isolate')

    // The question before a delete: "“report‮gnp.exe” has 1 span. It goes to the trash…"
    await page.locator(`button.doc[data-doc-id="${docId}"]`).hover()
    await page.getByRole('button', { name: `Delete “${TITLE}” (Delete)` }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete this document?' })
    await dialog.waitFor()
    const after = '” has 1 span'
    const xs = await page.evaluate<number[]>(edgesAfter('dialog[open] p', TITLE, after))
    expect(xs).toHaveLength(after.length)
    expect(increasing(xs)).toBe(true)
    await dialog.getByRole('button', { name: 'Keep it' }).click()
  })
})

/** The page's getComputedStyle, as code run in the page sees it. */
interface Styles {
  getComputedStyle(e: unknown): { unicodeBidi: string }
}
