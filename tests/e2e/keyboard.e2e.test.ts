/**
 * Working without the mouse: a caret that moves word by word, Shift to extend,
 * label keys to tag and relabel, Tab through spans, Alt+arrows to move a span's
 * boundaries, Enter for its note, Delete, and the `?` sheet. And with the mouse:
 * a double-click takes one word; clicks where spans overlap go outward.
 * Every edit is checked in the document file on disk.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { focused, pressAll, pressAndSave, waitForDrawn } from './helpers/editor'
import { clickText, locateText, tagWithKey, waitForPanelRows, waitForSaved } from './helpers/page'
import { codePointSlice, readDocument, spansOnDisk } from './helpers/workspace-files'

const folders = workspaces('keyboard')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const docId = (a: OpenedApp): string => a.docIds[0] as string
const onDisk = (a: OpenedApp) => spansOnDisk(a.workspace, docId(a)).map((s) => [s.label, s.text, s.note ?? ''])

describe('the keyboard alone', () => {
  it('moves a caret word by word, tags, steps through spans, moves boundaries, relabels, writes a note and deletes', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    // The caret starts at the first word in view; Shift extends it; a label key tags it.
    await page.keyboard.press('ArrowRight')
    await waitForDrawn(page, 'sw-cursor', 'Việt')
    await page.keyboard.press('Shift+ArrowRight')
    await waitForDrawn(page, 'sw-cursor', 'Việt Nam')
    await page.keyboard.press('1')
    await waitForPanelRows(page, 1)
    expect(onDisk(app)).toEqual([['commitment', 'Việt Nam', '']])
    await waitForDrawn(page, 'sw-selected', 'Việt Nam')

    // From the selected span the caret goes on after it.
    await pressAll(page, ['ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight'])
    await waitForDrawn(page, 'sw-cursor', 'sẵn sàng hợp')
    await page.keyboard.press('3')
    await waitForPanelRows(page, 2)
    await waitForDrawn(page, 'sw-selected', 'sẵn sàng hợp')

    await page.keyboard.press('Shift+Tab')
    await waitForDrawn(page, 'sw-selected', 'Việt Nam')
    await page.keyboard.press('Tab')
    await waitForDrawn(page, 'sw-selected', 'sẵn sàng hợp')

    // Alt+→ / Alt+← move the end, with Shift the start, one word at a time.
    const steps: Array<[string, string]> = [
      ['Alt+ArrowRight', 'sẵn sàng hợp tác'],
      ['Alt+Shift+ArrowRight', 'sàng hợp tác'],
      ['Alt+ArrowLeft', 'sàng hợp'],
      ['Alt+Shift+ArrowLeft', 'sẵn sàng hợp'],
    ]
    for (const [key, text] of steps) {
      await pressAndSave(page, key)
      expect(onDisk(app)).toEqual([
        ['commitment', 'Việt Nam', ''],
        ['figure', text, ''],
      ])
    }
    const { text } = readDocument(app.workspace, docId(app))
    for (const s of spansOnDisk(app.workspace, docId(app))) expect(s.text).toBe(codePointSlice(text, s.start, s.end))

    await pressAndSave(page, '2')
    expect(onDisk(app)[1]).toEqual(['agreement', 'sẵn sàng hợp', ''])

    // Enter opens the note; Ctrl+Enter keeps it and gives the keyboard back to the text, with its focus ring.
    await page.keyboard.press('Enter')
    expect(await focused(page)).toMatchObject({ tag: 'textarea' })
    await page.keyboard.type('cần kiểm tra')
    await page.keyboard.press('Control+Enter')
    await waitForSaved(page)
    expect(onDisk(app)[1]).toEqual(['agreement', 'sẵn sàng hợp', 'cần kiểm tra'])
    expect(await focused(page)).toEqual({ tag: 'article', label: 'Document', ring: true })

    await pressAndSave(page, 'Delete')
    expect(onDisk(app)).toEqual([['commitment', 'Việt Nam', '']])
    await waitForDrawn(page, 'sw-selected', null)
  })

  it('? opens a dialog listing every shortcut; Escape closes it', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    await page.keyboard.press('?')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await sheet.waitFor()
    const rows = await sheet.getByRole('row').allTextContents()
    for (const action of ['Move the caret one word', 'Select the next or previous span', 'Move the span’s end one word right or left', 'Undo', 'Redo', 'Find in the document', 'Write the span’s note', 'Delete the span']) {
      expect(rows.some((r) => r.includes(action)), action).toBe(true)
    }
    expect(rows.find((r) => r.includes('Redo'))).toContain('Ctrl+Shift+Z')
    await page.keyboard.press('Escape')
    await sheet.waitFor({ state: 'detached' })
  })
})

describe('the mouse where spans overlap', () => {
  it('a double-click takes one word; a click picks the innermost span, a click again the next one out; Alt+↑/↓ cycle', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const { start, end } = await locateText(page, { text: 'Takebe' })
    await page.mouse.dblclick((start.x + end.x) / 2, (start.y + end.y) / 2)
    await page.keyboard.press('3')
    await waitForPanelRows(page, 1)
    expect(onDisk(app)).toEqual([['figure', 'Takebe', '']])

    const outer = 'hợp tác cùng Nhật Bản trong thực hiện các cam kết'
    await tagWithKey(page, { text: outer }, '1')
    await tagWithKey(page, { text: 'Nhật Bản', occurrence: 7 }, '2')
    expect(onDisk(app).map((s) => s[1])).toEqual(['Takebe', outer, 'Nhật Bản'])
    await page.keyboard.press('Escape')

    const inner = { text: outer, at: outer.indexOf('Nhật') + 1 }
    for (const expected of ['Nhật Bản', outer, 'Nhật Bản']) {
      await clickText(page, inner)
      await waitForDrawn(page, 'sw-selected', expected)
      await page.waitForTimeout(600) // not a double-click
    }
    await page.keyboard.press('Alt+ArrowUp')
    await waitForDrawn(page, 'sw-selected', outer)
    await page.keyboard.press('Alt+ArrowUp')
    await waitForDrawn(page, 'sw-selected', 'Nhật Bản')
    await page.keyboard.press('Alt+ArrowDown')
    await waitForDrawn(page, 'sw-selected', outer)
  })
})
