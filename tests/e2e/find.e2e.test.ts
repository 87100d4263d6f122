/**
 * Find (Ctrl+F): plain text, whole words, regular expressions, match case; hits
 * drawn as highlights, Enter and Shift+Enter step through them; "Label all"
 * tags every hit not yet labelled, and one Ctrl+Z takes all of them back.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { drawnText, pressAndSave, waitForDrawn } from './helpers/editor'
import { drawnHighlights, tagWithKey, waitForSaved } from './helpers/page'
import { readDocument, spansOnDisk } from './helpers/workspace-files'

const folders = workspaces('find')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const count = (text: string, pattern: RegExp): number => [...text.matchAll(pattern)].length

describe('find in the document', () => {
  it('finds plain text, whole words, regular expressions and case, and steps through the hits', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const { text } = readDocument(app.workspace, app.docIds[0] as string)
    await page.keyboard.press('Control+f')
    const bar = page.getByRole('search', { name: 'Find in the document' })
    const query = bar.getByRole('searchbox', { name: 'Find' })
    const status = bar.getByRole('status')
    await page.keyboard.type('nhật bản')
    const n = count(text, /nhật bản/giu)
    expect(n).toBeGreaterThan(3)
    await status.getByText(`1 of ${n}`).waitFor()
    expect((await drawnHighlights(page))['sw-find']).toHaveLength(n)
    expect(await drawnText(page, 'sw-find-current')).toBe('Nhật Bản')

    await query.press('Enter')
    await status.getByText(`2 of ${n}`).waitFor()
    await query.press('Enter')
    await status.getByText(`3 of ${n}`).waitFor()
    await query.press('Shift+Enter')
    await status.getByText(`2 of ${n}`).waitFor()

    await query.press('Alt+c') // match case: the query is in lower case
    await status.getByText('No matches').waitFor()
    expect((await drawnHighlights(page))['sw-find']).toEqual([])
    await bar.getByRole('button', { name: /Match case/ }).click()
    await status.getByText(`of ${n}`).waitFor()

    await query.fill('ngh')
    await status.getByText(`1 of ${count(text, /ngh/giu)}`).waitFor()
    await query.press('Alt+w') // whole word: "ngh" is only ever part of a word
    await status.getByText('No matches').waitFor()
    await query.press('Alt+w')

    await query.fill('\\d+ năm')
    await query.press('Alt+r')
    await status.getByText(`1 of ${count(text, /\d+ năm/gu)}`).waitFor()
    expect(await drawnText(page, 'sw-find-current')).toMatch(/^\d+ năm$/)
    await query.fill('(')
    await status.getByText('Invalid regular expression').waitFor()

    await query.press('Escape')
    await bar.waitFor({ state: 'detached' })
    expect((await drawnHighlights(page))['sw-find']).toEqual([])
  })

  it('“Label all” tags every hit not yet labelled as one step that one Ctrl+Z undoes', async () => {
    // Tall enough to show the whole article: spans are highlighted near the screen only.
    app = await openSeeded(folders.next(), { viewport: { width: 1280, height: 4000 } })
    const { page } = app
    const docId = app.docIds[0] as string
    const { text } = readDocument(app.workspace, docId)
    const n = count(text, /Takebe Tsutomu/gu)
    await tagWithKey(page, { text: 'Takebe Tsutomu', occurrence: 1 }, '3')
    const before = spansOnDisk(app.workspace, docId)

    await page.keyboard.press('Control+f')
    const bar = page.getByRole('search', { name: 'Find in the document' })
    await page.keyboard.type('Takebe Tsutomu')
    await bar.getByRole('status').getByText(`of ${n}`).waitFor()
    await bar.getByRole('combobox', { name: 'Label all matches as' }).selectOption({ label: 'Figure' })
    await bar.getByRole('button', { name: 'Label all', exact: true }).click()
    await waitForSaved(page)
    const after = spansOnDisk(app.workspace, docId)
    expect(after.map((s) => [s.label, s.text])).toEqual(Array.from({ length: n }, () => ['figure', 'Takebe Tsutomu']))
    expect(after.filter((s) => s.id === before[0]?.id)).toHaveLength(1)
    await page.getByText(`Labelled ${n - 1} matches as Figure (1 already labelled or only spaces).`).waitFor()

    // Again: nothing left to label.
    await bar.getByRole('button', { name: 'Label all', exact: true }).click()
    await page.getByText('Every match is already labelled Figure.').waitFor()

    await bar.getByRole('searchbox').press('Escape')
    await pressAndSave(page, 'Control+z')
    expect(spansOnDisk(app.workspace, docId)).toEqual(before)
    await pressAndSave(page, 'Control+Shift+z')
    expect(spansOnDisk(app.workspace, docId)).toHaveLength(n)
    await waitForDrawn(page, 'sw-figure', Array.from({ length: n }, () => 'Takebe Tsutomu').join('|'))
  })
})
