/**
 * Nothing is lost by one key: a document deleted from the list comes back with
 * Ctrl+Z or the message's Undo, and one with spans asks first, the focus on "Keep it".
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { tagWithKey, waitForPanelRows } from './helpers/page'
import { readIndex } from './helpers/workspace-files'

const folders = workspaces('safe-delete')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const docFile = (a: OpenedApp, id: string): string => join(a.workspace, 'documents', `${id}.json`)
const row = (a: OpenedApp, id: string) => a.page.locator(`nav button.doc[data-doc-id="${id}"]`)
const listedIds = (a: OpenedApp) => readIndex(a.workspace).documents.map((d) => d.id)

describe('deleting a document from the list', () => {
  it('moves one without spans to the trash at once, and Ctrl+Z puts it back in its place, unchanged', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const second = app.docIds[1] as string
    const bytes = readFileSync(docFile(app, second), 'utf8')
    const title = readIndex(app.workspace).documents[1]?.title as string
    await row(app, second).click()
    await row(app, second).and(page.locator('[aria-current="page"]')).waitFor()
    await page.keyboard.press('Delete')
    const message = page.getByRole('status').locator('.toast', { hasText: `Moved “${title}” to the trash` })
    await message.waitFor()
    expect(existsSync(docFile(app, second))).toBe(false)
    expect(listedIds(app)).not.toContain(second)
    await expect(message.getByRole('button', { name: 'Undo' }).isVisible()).resolves.toBe(true)

    await page.keyboard.press('Control+z')
    await page.getByRole('status').getByText(`Restored “${title}”`).waitFor()
    expect(readFileSync(docFile(app, second), 'utf8')).toBe(bytes)
    expect(listedIds(app)).toEqual(app.docIds)
    // It was open: it is open again.
    await row(app, second).and(page.locator('[aria-current="page"]')).waitFor()
  })

  it('asks first for a document with spans: Enter keeps it; "Move to the trash" deletes it; the message’s Undo restores it with its spans', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const first = app.docIds[0] as string
    await tagWithKey(page, { text: 'Phó Thủ tướng Trần Hồng Hà' }, '2')
    const bytes = readFileSync(docFile(app, first), 'utf8')
    const title = readIndex(app.workspace).documents[0]?.title as string

    await row(app, first).hover()
    await page.getByRole('button', { name: `Delete “${title}” (Delete)` }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete this document?' })
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain(`“${title}” has 1 span.`)
    // The safe answer has the focus: a reflexive Enter keeps the document.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent)).toBe('Keep it')
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'detached' })
    expect(readFileSync(docFile(app, first), 'utf8')).toBe(bytes)
    expect(listedIds(app)).toEqual(app.docIds)

    // Delete on the row asks too, and this time the analyst means it.
    await row(app, first).focus()
    await page.keyboard.press('Delete')
    await dialog.getByRole('button', { name: 'Move to the trash' }).click()
    const message = page.getByRole('status').locator('.toast', { hasText: `Moved “${title}” to the trash` })
    await message.waitFor()
    expect(existsSync(docFile(app, first))).toBe(false)

    await message.getByRole('button', { name: 'Undo' }).click()
    await page.getByRole('status').getByText(`Restored “${title}”`).waitFor()
    expect(readFileSync(docFile(app, first), 'utf8')).toBe(bytes)
    expect(listedIds(app)).toEqual(app.docIds)
    await waitForPanelRows(page, 1)
  })

  it('after a deletion, Ctrl+Z undoes a later edit first, not the deletion', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const third = app.docIds[2] as string
    await row(app, third).hover()
    const title = readIndex(app.workspace).documents[2]?.title as string
    await page.getByRole('button', { name: `Delete “${title}” (Delete)` }).click()
    await page.getByRole('status').getByText(`Moved “${title}” to the trash`).waitFor()
    await tagWithKey(page, { text: 'Phó Thủ tướng Trần Hồng Hà' }, '2')
    await page.keyboard.press('Control+z')
    await waitForPanelRows(page, 0)
    expect(existsSync(docFile(app, third))).toBe(false)
  })
})
