/**
 * Importing .txt and .md files: File → Import (the menu command, answered by a
 * file dialog) and files dropped on the window. Text is normalized as FORMAT.md
 * says and the report names each normalization; an article already in the
 * workspace is reported, not added; a file that is not UTF-8 is refused with its
 * name and byte offset, and nothing of it is imported.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { dragFilesOver, dropDragged } from './helpers/drop-files'
import { readDocument, readIndex, tempDir } from './helpers/workspace-files'

const folders = workspaces('import')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const utf8 = (text: string): number[] => [...Buffer.from(text, 'utf8')]
/** "Xin chào " is 10 bytes; the 11th starts an ill-formed sequence. */
const BROKEN = [...utf8('Xin chào '), 0xc3, 0x28, 0x0a]
const report = (a: OpenedApp) => a.page.getByRole('dialog', { name: 'Import finished' })

describe('importing text files', () => {
  it('File → Import adds .txt and .md files normalized, says which normalizations applied, reports a duplicate and refuses bad bytes', async () => {
    const dir = tempDir('import-files')
    const files: Record<string, number[]> = {
      'hội nghị.txt': [0xef, 0xbb, 0xbf, ...utf8('Hội nghị thượng đỉnh\r\nHai bên ký kết 3 thỏa thuận.\r\n')],
      'ghi-chu.md': utf8('# Ghi chú\n\nCafe\u0301 sáng nay, 520 nghìn người.\n'),
      'broken.txt': BROKEN,
      'binary.md': [0x41, 0x42, 0x43, 0x00, 0x01, 0x02],
    }
    const paths = Object.entries(files).map(([name, bytes]) => {
      writeFileSync(join(dir, name), Uint8Array.from(bytes))
      return join(dir, name)
    })
    const workspace = folders.next()
    app = await openSeeded(workspace, { openDialog: () => [...paths, duplicateOfFirstSeed(workspace, dir)] })
    await app.sendCommand('import-files')
    const dialog = report(app)
    await dialog.waitFor()
    expect(await dialog.getByText('Imported 2 documents.').count()).toBe(1)
    expect(await dialog.getByTestId('normalized').locator('li').allTextContents()).toEqual([
      `${join(dir, 'hội nghị.txt')}: line ends changed to LF, byte order mark removed`,
      `${join(dir, 'ghi-chu.md')}: composed to Unicode NFC`,
    ])
    const seedTitle = readIndex(app.workspace).documents[0]?.title
    expect(await dialog.getByTestId('duplicates').textContent()).toBe(`${join(dir, 'again.txt')}: “${seedTitle}” is already in the workspace`)
    const refused = await dialog.getByTestId('refused').locator('li').allTextContents()
    expect(refused).toEqual([`${join(dir, 'broken.txt')}: byte 10: `, `${join(dir, 'binary.md')}: byte 3: `].map((start) => expect.stringContaining(start)))
    expect(refused[0]).toContain('nothing was imported')

    // On disk: two documents more, stored as FORMAT.md says; nothing of the refused files.
    const index = readIndex(app.workspace)
    expect(index.documents.map((d) => d.title).slice(5)).toEqual(['Hội nghị thượng đỉnh', '# Ghi chú'])
    const [hoiNghi, ghiChu] = index.documents.slice(5).map((d) => readDocument(app!.workspace, d.id))
    expect(hoiNghi?.text).toBe('Hội nghị thượng đỉnh\nHai bên ký kết 3 thỏa thuận.\n')
    expect(ghiChu?.text).toBe('# Ghi chú\n\nCafé sáng nay, 520 nghìn người.\n'.normalize('NFC'))
    expect(index.documents.filter((d) => /broken|binary/.test(d.title))).toEqual([])

    // The window lists them and shows the first one.
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await app.page.locator('nav button.doc').count()).toBe(7)
    await app.page.locator('nav [aria-current="page"]', { hasText: 'Hội nghị thượng đỉnh' }).waitFor()
  })

  it('files dropped on the window are imported the same way, and an overlay says so while dragging', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const dropped = [
      { name: 'tuyên bố.md', bytes: utf8('Tuyên bố chung Việt Nam - Nhật Bản\n\nHai bên nhất trí tăng cường hợp tác.\n') },
      { name: 'broken.txt', bytes: BROKEN },
    ]
    await dragFilesOver(page, dropped)
    await page.getByText('Drop .txt or .md files to import them').waitFor()
    await dropDragged(page)
    const dialog = report(app)
    await dialog.waitFor()
    await page.getByText('Drop .txt or .md files to import them').waitFor({ state: 'detached' })
    expect(await dialog.getByText('Imported 1 document.').count()).toBe(1)
    expect(await dialog.getByText('Every imported file was already NFC with LF line ends and no byte order mark.').count()).toBe(1)
    expect(await dialog.getByTestId('refused').textContent()).toMatch(/^broken\.txt: byte 10: /)
    const added = readIndex(app.workspace).documents.slice(5)
    expect(added.map((d) => d.title)).toEqual(['Tuyên bố chung Việt Nam - Nhật Bản'])
    expect(readDocument(app.workspace, added[0]!.id)).toMatchObject({ text: 'Tuyên bố chung Việt Nam - Nhật Bản\n\nHai bên nhất trí tăng cường hợp tác.\n' })
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await page.locator('nav [aria-current="page"]', { hasText: 'Tuyên bố chung' }).waitFor()
  })
})

/** A copy of the first seed article's stored text, as an analyst might import it again. */
function duplicateOfFirstSeed(workspace: string, dir: string): string {
  const first = readIndex(workspace).documents[0]!.id
  const path = join(dir, 'again.txt')
  writeFileSync(path, readDocument(workspace, first).text)
  return path
}
