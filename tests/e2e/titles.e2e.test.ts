/**
 * Titles an analyst recognises: the seeds are titled by their headline, the
 * filter finds words of the text, and the title is renamed in the document's header.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { clickText } from './helpers/page'
import { readDocument, readIndex, tempDir } from './helpers/workspace-files'

const folders = workspaces('titles')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const listed = (a: OpenedApp) => a.page.locator('nav button.doc .title').allTextContents()
const APEC = 'Nhật Bản một lần nữa khẳng định ủng hộ Việt Nam đăng cai Năm APEC 2027'

describe('document titles', () => {
  it('are the headlines, not the page furniture above them, and the filter finds words of the titles and the texts', async () => {
    app = await openSeeded(folders.next())
    const titles = readIndex(app.workspace).documents.map((d) => d.title)
    expect(titles).toContain(APEC)
    expect(titles).toContain('Đưa quan hệ đối tác chiến lược sâu rộng Việt Nam - Nhật Bản lên tầm cao mới')
    expect(titles.some((t) => t.startsWith('Thứ năm') || t.startsWith('Trang chủ'))).toBe(false)

    const search = app.page.getByRole('searchbox', { name: 'Filter by title or text' })
    await search.fill('APEC')
    await expect.poll(() => listed(app as OpenedApp)).toEqual([APEC])
    // Only in the texts (no title says it): found once typing pauses.
    await search.fill('fukuoka')
    const inText = app.docIds.filter((id) => readDocument((app as OpenedApp).workspace, id).text.includes('Fukuoka'))
    expect(inText.length).toBeGreaterThan(0)
    await expect.poll(() => listed(app as OpenedApp)).toEqual(inText.map((id) => titles[app!.docIds.indexOf(id)]))
  })

  it('is renamed with F2 or a double-click on it; the index, the document file and the export carry the new title', async () => {
    const out = join(tempDir('titles-export'), 'data.jsonl')
    app = await openSeeded(folders.next(), { saveDialog: () => out })
    const { page } = app
    const first = app.docIds[0] as string
    await clickText(page, { text: 'Phó Thủ tướng' })
    await page.keyboard.press('F2')
    const field = page.getByRole('textbox', { name: 'Document title' })
    await field.waitFor()
    await page.keyboard.type('  Phó Thủ tướng tiếp đoàn Nhật Bản  ')
    await page.keyboard.press('Enter')
    await field.waitFor({ state: 'detached' })
    const renamed = 'Phó Thủ tướng tiếp đoàn Nhật Bản'
    await expect.poll(() => readIndex((app as OpenedApp).workspace).documents[0]?.title).toBe(renamed)
    expect(readDocument(app.workspace, first).title).toBe(renamed)
    expect((await listed(app))[0]).toBe(renamed)

    // Escape keeps the title; a double-click edits it too.
    await page.getByRole('heading', { name: renamed }).dblclick()
    await field.waitFor()
    await page.keyboard.type('bỏ đi')
    await page.keyboard.press('Escape')
    await field.waitFor({ state: 'detached' })
    expect(readIndex(app.workspace).documents[0]?.title).toBe(renamed)

    await page.keyboard.press('Control+e')
    await page.getByRole('dialog', { name: /Export/ }).getByRole('button', { name: 'Export', exact: true }).click()
    await page.getByRole('status').getByText(/^Exported/).waitFor()
    const record = JSON.parse(readFileSync(out, 'utf8').split('\n')[0] as string) as { id: string; title: string }
    expect(record).toMatchObject({ id: first, title: renamed })
  })
})
