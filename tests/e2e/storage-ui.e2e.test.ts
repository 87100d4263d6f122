/**
 * The storage views: deleting a document (Delete on it in the sidebar, or its
 * delete control) moves its file to trash/; the Trash panel restores it
 * byte for byte; a damaged document file is marked in the list and its message
 * shown instead of its text; an edit that meets an outside change shows the
 * outside version and lets the analyst keep either. Files are checked on disk.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSeeded, workspaces, type OpenedApp } from './helpers/app'
import { dragSelect, waitForPanelRows } from './helpers/page'
import { readDocument, readIndex } from './helpers/workspace-files'

const folders = workspaces('storage-ui')
let app: OpenedApp
let titles: Record<string, string>
let deletedBytes = ''
const docFile = (id: string): string => join(app.workspace, 'documents', `${id}.json`)
const sidebarDoc = (id: string) => app.page.locator(`nav button.doc[data-doc-id="${id}"]`)
const sidebarCount = () => app.page.locator('nav button.doc').count()
const trashFiles = (): string[] => (existsSync(join(app.workspace, 'trash')) ? readdirSync(join(app.workspace, 'trash')).sort() : [])

beforeAll(async () => {
  app = await openSeeded(folders.next())
  titles = Object.fromEntries(readIndex(app.workspace).documents.map((d) => [d.id, d.title]))
}, 60_000)

afterAll(async () => {
  const errors = app.pageErrors
  await app.close()
  expect(errors).toEqual([])
})

describe('deleting and restoring documents', () => {
  it('Delete on a document in the sidebar, or its delete control, moves its file to trash/ unchanged', async () => {
    const [, second, third] = app.docIds as [string, string, string]
    const bytes = readFileSync(docFile(second), 'utf8')
    deletedBytes = bytes
    await sidebarDoc(second).focus()
    await app.page.keyboard.press('Delete')
    await app.page.getByRole('status').getByText(`Moved “${titles[second]}” to the trash`).waitFor()
    expect(existsSync(docFile(second))).toBe(false)
    const trashed = trashFiles()
    expect(trashed.filter((f) => f.startsWith(second))).toHaveLength(2)
    const moved = trashed.find((f) => f.startsWith(second) && !f.endsWith('.meta.json')) as string
    expect(readFileSync(join(app.workspace, 'trash', moved), 'utf8')).toBe(bytes)

    await sidebarDoc(third).hover()
    await app.page.getByRole('button', { name: `Delete “${titles[third]}” (Delete)` }).click()
    await expect.poll(() => existsSync(docFile(third))).toBe(false)
    await expect.poll(sidebarCount).toBe(3)
    expect(readIndex(app.workspace).documents.map((d) => d.id)).toEqual(app.docIds.filter((id) => id !== second && id !== third))
    expect(trashFiles().filter((f) => f.startsWith(third))).toHaveLength(2)
  })

  it('the Trash panel lists deleted documents and Restore puts one back where it was', async () => {
    const [, second, third] = app.docIds as [string, string, string]
    await app.page.getByRole('button', { name: 'Trash', exact: true }).click()
    const panel = app.page.getByRole('dialog', { name: 'Trash' })
    const items = panel.getByTestId('trash-items').locator('li')
    await expect.poll(() => items.count()).toBe(2)
    // Most recently deleted first.
    expect(await items.first().textContent()).toContain(titles[third])

    await panel.getByRole('button', { name: `Restore “${titles[second]}”` }).click()
    await expect.poll(() => items.count()).toBe(1)
    await expect.poll(sidebarCount).toBe(4)
    expect(readFileSync(docFile(second), 'utf8')).toBe(deletedBytes)
    expect(readIndex(app.workspace).documents.map((d) => d.id)).toEqual(app.docIds.filter((id) => id !== third))
    expect(trashFiles().some((f) => f.startsWith(second))).toBe(false)
    await app.page.keyboard.press('Escape')
    await panel.waitFor({ state: 'detached' })
    await sidebarDoc(second).click()
    await app.page.locator('article[lang="vi"] p').first().waitFor()
  })
})

describe('damaged documents', () => {
  it('are marked in the list after the check that follows the first paint, and show their message instead of the text', async () => {
    const damaged = app.docIds[4] as string
    writeFileSync(docFile(damaged), '{"id": "cut short', 'utf8')
    await app.page.reload()
    const button = sidebarDoc(damaged)
    await button.locator('.damage').waitFor()
    const description = await button.getAttribute('aria-describedby')
    expect(await app.page.locator(`[id="${description}"]`).textContent()).toContain(`${damaged}.json`)

    await button.click()
    const notice = app.page.getByTestId('damaged-document')
    await notice.waitFor()
    expect(await notice.textContent()).toContain(`${damaged}.json`)
    expect(await app.page.locator('main article').count()).toBe(0)
    // Every other document keeps working.
    await sidebarDoc(app.docIds[0] as string).click()
    await app.page.locator('article[lang="vi"] p').first().waitFor()
    expect(await notice.count()).toBe(0)
  })

  it('one span past the end of the text marks the document damaged with the reason, not a page error', async () => {
    const id = app.docIds[3] as string
    const doc = JSON.parse(readFileSync(docFile(id), 'utf8')) as { spans: unknown[] }
    doc.spans.push({ id: 'past-the-end', start: 999_990, end: 1_000_000, label: 'figure', text: 'x', attributes: {}, note: '', annotator: 'lan', origin: 'manual', created_at: '2026-11-23T08:00:00.000Z', updated_at: '2026-11-23T08:00:00.000Z' })
    writeFileSync(docFile(id), JSON.stringify(doc), 'utf8')
    await app.page.reload()
    const button = sidebarDoc(id)
    await button.locator('.damage').waitFor()
    await button.click()
    const notice = app.page.getByTestId('damaged-document')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('span past-the-end 999990..1000000 falls outside the text')
    expect(await app.page.locator('main article').count()).toBe(0)
    await sidebarDoc(app.docIds[0] as string).click()
    await app.page.locator('article[lang="vi"] p').first().waitFor()
  })
})

describe('conflicts', () => {
  it('an edit after another program changed the file keeps the outside version, and Keep my version brings the edit back', async () => {
    const docId = app.docIds[0] as string
    const conflictCopies = (): string[] => readdirSync(join(app.workspace, 'documents')).filter((f) => f.startsWith(`${docId}.conflict-`))
    const outside = { ...readDocument(app.workspace, docId), title: 'Changed by another program' }
    writeFileSync(docFile(docId), `${JSON.stringify(outside, null, 2)}\n`, 'utf8')

    await dragSelect(app.page, { text: 'Ngày 27/2' })
    await app.page.keyboard.press('3')
    const banner = app.page.getByRole('region', { name: 'Conflicts' })
    await banner.waitFor()
    await app.page.getByRole('status').getByText('was changed outside Spanwright').waitFor()
    expect(conflictCopies()).toHaveLength(1)
    // The outside version is shown: the edit is not in it.
    await waitForPanelRows(app.page, 0)
    expect(readDocument(app.workspace, docId).spans).toEqual([])

    await banner.getByRole('button', { name: 'Conflicts' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Conflicts' })
    await dialog.getByRole('button', { name: 'Keep my version' }).click()
    await dialog.getByText('No conflict is waiting.').waitFor()
    expect(conflictCopies()).toEqual([])
    expect(readDocument(app.workspace, docId).spans.map((s) => [s.label, s.text])).toEqual([['figure', 'Ngày 27/2']])
    expect(trashFiles().some((f) => f.startsWith(docId))).toBe(true)
    await app.page.keyboard.press('Escape')
    await waitForPanelRows(app.page, 1)
  })
})
