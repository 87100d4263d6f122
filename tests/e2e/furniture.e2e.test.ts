/**
 * Page furniture drawn dimmed: the timestamp, the "Theo dõi … trên" prompt and the
 * related-article list fade, the article does not, the text and its offsets stay;
 * the display control turns it off, and the choice survives a reload.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { furnitureLines } from '../../src-main/core/page-furniture'
import { createOffsetMap } from '../../src-main/core/offsets'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import type { PageDom } from './helpers/page-dom'
import { readDocument } from './helpers/workspace-files'

const folders = workspaces('furniture')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

/** The drawn lines: UTF-16 start, text, and whether they are drawn dimmed. */
const drawn = (a: OpenedApp) =>
  a.page.evaluate(() =>
    [...(globalThis as unknown as PageDom).document.querySelectorAll('article[lang="vi"] p[data-start]')].map((p) => ({
      start: Number(p.getAttribute('data-start')),
      text: p.textContent ?? '',
      dim: (p.getAttribute('class') ?? '').split(/\s+/).includes('furniture'),
    })),
  )

describe('page furniture', () => {
  it('is dimmed line by line where core/page-furniture.ts finds it, with the text unchanged, until the display control turns it off', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const docId = app.docIds[1] as string
    const { text } = readDocument(app.workspace, docId)
    await page.locator(`nav button.doc[data-doc-id="${docId}"]`).click()
    // The furniture is found once the text's first frame is drawn: wait for this document's text, then for its dimmed lines.
    const firstLine = text.slice(0, text.indexOf('\n'))
    await page.waitForFunction((line) => (globalThis as unknown as PageDom).document.querySelector('article[lang="vi"] p[data-start="0"]')?.textContent === line, firstLine)
    await page.locator('article p.furniture').first().waitFor()

    const map = createOffsetMap(text)
    const expected = new Set(furnitureLines(text).map(([start]) => map.toUtf16(start)))
    const lines = await drawn(app)
    expect(lines.map((l) => l.text).join('\n')).toBe(text)
    expect(lines.filter((l) => l.dim).map((l) => l.start)).toEqual([...expected])
    const dim = (t: string) => lines.find((l) => l.text === t)?.dim
    expect(dim('Thứ năm 23/01/2025 13:52')).toBe(true)
    expect(dim('Theo dõi Pháp luật & Xã hội trên')).toBe(true)
    expect(dim('Có thể bạn quan tâm')).toBe(true)
    expect(dim('Nhật Bản một lần nữa khẳng định ủng hộ Việt Nam đăng cai Năm APEC 2027')).toBe(false)
    // Dimmed by colour: the line's colour differs from the article's.
    const colours = await page.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as PageDom & { getComputedStyle(e: unknown): { color: string } }
      return ['p.furniture', 'p:not(.furniture):not(.empty)'].map((s) => getComputedStyle(document.querySelector(`article ${s}`)).color)
    })
    expect(colours[0]).not.toBe(colours[1])

    const toggle = page.getByRole('button', { name: 'Dim page furniture' })
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await toggle.click()
    await page.locator('article p.furniture').first().waitFor({ state: 'detached' })
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    expect((await drawn(app)).map((l) => l.text).join('\n')).toBe(text)

    await page.reload()
    await page.locator('article[lang="vi"] p').first().waitFor()
    expect(await page.getByRole('button', { name: 'Dim page furniture' }).getAttribute('aria-pressed')).toBe('false')
    expect(await page.locator('article p.furniture').count()).toBe(0)
  })
})
