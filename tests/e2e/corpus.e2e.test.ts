/**
 * Working through the corpus from the keyboard: a document's status set with
 * Ctrl+Shift+T/P/D/S (written to the index), the progress bar, F8 / Shift+F8 to
 * the next or previous unfinished document, and the sidebar's filter.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { readIndex } from './helpers/workspace-files'

const folders = workspaces('corpus')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const statuses = (a: OpenedApp): string[] => readIndex(a.workspace).documents.map((d) => d.status)
/** Waits until the index file on disk lists these statuses. */
async function statusesOnDisk(a: OpenedApp, expected: string[]): Promise<void> {
  await expect.poll(() => statuses(a), { timeout: 5000 }).toEqual(expected)
}
const current = (a: OpenedApp) => a.page.locator('nav [aria-current="page"]')
async function expectOpen(a: OpenedApp, index: number): Promise<void> {
  const title = readIndex(a.workspace).documents[index]?.title as string
  await current(a).filter({ hasText: title }).waitFor()
  // The title is the headline, which page furniture (a timestamp) may precede in the text.
  await a.page.locator('article [data-start]').filter({ hasText: title.slice(0, 20) }).first().waitFor()
}

describe('document status and the corpus', () => {
  it('sets statuses from the keyboard, shows the progress, and F8 / Shift+F8 open the next and previous unfinished document', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const progress = page.getByRole('progressbar', { name: 'Corpus progress' })
    expect(await progress.getAttribute('aria-valuenow')).toBe('0')

    await page.keyboard.press('Control+Shift+D')
    await statusesOnDisk(app, ['done', 'todo', 'todo', 'todo', 'todo'])
    await page.getByText('1 of 5 finished').waitFor()
    expect(await progress.getAttribute('aria-valuenow')).toBe('1')
    expect(await page.getByRole('radio', { name: 'done' }).isChecked()).toBe(true)

    await page.keyboard.press('F8')
    await expectOpen(app, 1)
    await page.keyboard.press('Control+Shift+S')
    await statusesOnDisk(app, ['done', 'skipped', 'todo', 'todo', 'todo'])
    await page.keyboard.press('F8')
    await expectOpen(app, 2)
    await page.keyboard.press('Control+Shift+P')
    await statusesOnDisk(app, ['done', 'skipped', 'in_progress', 'todo', 'todo'])
    // Back from the third: the second is skipped and the first done, so it wraps round to the last.
    await page.keyboard.press('Shift+F8')
    await expectOpen(app, 4)
    await page.keyboard.press('Shift+F8')
    await expectOpen(app, 3)
    await page.keyboard.press('Shift+F8')
    await expectOpen(app, 2)
    expect(await progress.getAttribute('aria-valuetext')).toBe('2 of 5 finished: 1 done, 1 skipped, 1 in progress, 2 to do')

    // The status radio group works with the keyboard too: focus it, arrow to "done".
    await page.getByRole('radio', { name: 'in progress' }).focus()
    await page.keyboard.press('ArrowRight')
    await statusesOnDisk(app, ['done', 'skipped', 'done', 'todo', 'todo'])
    await page.keyboard.press('Control+Shift+T')
    await statusesOnDisk(app, ['done', 'skipped', 'todo', 'todo', 'todo'])

    // The sidebar badges say the same as the file.
    const badges = await page.locator('nav .badge').allTextContents()
    expect(badges).toEqual(['done', 'skipped', 'to do', 'to do', 'to do'])
  })

  it('filters the list by status and by words of the title or text, with or without Vietnamese accents', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const titles = readIndex(app.workspace).documents.map((d) => d.title)
    await page.keyboard.press('Control+Shift+D')
    await statusesOnDisk(app, ['done', 'todo', 'todo', 'todo', 'todo'])
    const listed = () => page.locator('nav button.doc .title').allTextContents()

    await page.getByRole('combobox', { name: 'Show documents' }).selectOption({ label: 'done' })
    await expect.poll(listed).toEqual([titles[0]])
    await page.getByRole('combobox', { name: 'Show documents' }).selectOption({ label: 'Unfinished' })
    await expect.poll(listed).toEqual(titles.slice(1))
    await page.getByText('4 of 5 shown').waitFor()

    await page.getByRole('combobox', { name: 'Show documents' }).selectOption({ label: 'All documents' })
    const search = page.getByRole('searchbox', { name: 'Filter by title' })
    await search.fill('nhat ban')
    const expected = titles.filter((t) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().includes('nhat ban'))
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(titles.length)
    // The titles match at once; then the texts, every one of which speaks of Nhật Bản.
    await expect.poll(listed).toEqual(titles)
    await search.fill('no such words here')
    await page.getByText('No document matches the filter.').waitFor()
    expect(await listed()).toEqual([])
  })
})
