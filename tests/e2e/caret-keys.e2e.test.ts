/**
 * The caret keys right after a document is opened from the list (no click in the
 * text, no F6), and word steps that take a date or a number with its separators
 * as one word and step over punctuation.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { focused, waitForDrawn } from './helpers/editor'
import { clickText } from './helpers/page'
import { findInWorkspace, readDocument } from './helpers/workspace-files'

const folders = workspaces('caret-keys')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

/** The first word of a document's text, where the caret starts. */
const firstWord = (a: OpenedApp, docId: string): string => /[\p{L}\p{M}\p{N}]+/u.exec(readDocument(a.workspace, docId).text.normalize('NFC'))![0]

describe('the caret after opening a document from the list', () => {
  it('a click on a row, then → and Shift+→ move in the text', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const second = app.docIds[1] as string
    await page.locator(`nav button.doc[data-doc-id="${second}"]`).click()
    await page.locator(`nav button.doc[data-doc-id="${second}"][aria-current="page"]`).waitFor()
    await page.keyboard.press('ArrowRight')
    await waitForDrawn(page, 'sw-cursor', firstWord(app, second))
    await page.keyboard.press('Shift+ArrowRight')
    expect(await focused(page)).toMatchObject({ tag: 'article', label: 'Document' })
  })

  it('Down and Enter in the list, then → moves the caret in the text', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const third = app.docIds[2] as string
    await page.locator(`nav button.doc[data-doc-id="${app.docIds[0]}"]`).focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.locator(`nav button.doc[data-doc-id="${third}"][aria-current="page"]`).waitFor()
    await page.keyboard.press('ArrowRight')
    await waitForDrawn(page, 'sw-cursor', firstWord(app, third))
  })
})

describe('word steps', () => {
  it('a date, "4.748" and "1,2" are one step each; punctuation is stepped over', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const { docId } = findInWorkspace(app.workspace, 'ngày 21/9/1973; thiết')
    await page.locator(`nav button.doc[data-doc-id="${docId}"]`).click()
    await page.locator(`nav button.doc[data-doc-id="${docId}"][aria-current="page"]`).waitFor()
    await clickText(page, { text: 'ngày 21/9/1973', at: 1 })
    await waitForDrawn(page, 'sw-cursor', 'ngày')
    await page.keyboard.press('Control+ArrowRight')
    await waitForDrawn(page, 'sw-cursor', '21/9/1973')
    // The ";" is no stop: the next word is "thiết", the selection runs over the mark.
    await page.keyboard.press('Control+Shift+ArrowRight')
    await waitForDrawn(page, 'sw-cursor', '21/9/1973; thiết')
    await page.keyboard.press('Shift+ArrowLeft')
    await waitForDrawn(page, 'sw-cursor', '21/9/1973')
    await page.keyboard.press('Shift+ArrowLeft')
    await waitForDrawn(page, 'sw-cursor', 'ngày 21/9/1973')

    await clickText(page, { text: 'có 4.748 dự', at: 0 })
    await waitForDrawn(page, 'sw-cursor', 'có')
    await page.keyboard.press('Shift+ArrowRight')
    await waitForDrawn(page, 'sw-cursor', 'có 4.748')
    await clickText(page, { text: 'gần 1,2 triệu', at: 0 })
    await page.keyboard.press('ArrowRight')
    await waitForDrawn(page, 'sw-cursor', '1,2')
  })
})
