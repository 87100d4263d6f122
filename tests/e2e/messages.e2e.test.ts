/**
 * Messages tell the truth, once: one at a time, never over a field, and taken
 * back with what they report when Ctrl+Z undoes it.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { waitForSaved } from './helpers/page'
import { readDocument } from './helpers/workspace-files'

const folders = workspaces('messages')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

interface Box {
  x: number
  y: number
  width: number
  height: number
}
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe('messages', () => {
  it('five status shortcuts leave one message, and it covers no field', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    for (const key of ['Control+Shift+D', 'Control+Shift+T', 'Control+Shift+P', 'Control+Shift+S', 'Control+Shift+D']) {
      await page.keyboard.press(key)
    }
    const toasts = page.locator('.toasts .toast')
    await toasts.first().getByText('Done', { exact: false }).waitFor()
    expect(await toasts.count()).toBe(1)

    const toast = await toasts.first().boundingBox()
    expect(toast).not.toBeNull()
    const fields = page.locator('input:visible, select:visible, textarea:visible')
    const n = await fields.count()
    expect(n).toBeGreaterThan(0)
    for (let i = 0; i < n; i++) {
      const box = await fields.nth(i).boundingBox()
      if (box && toast) expect(overlaps(toast, box), `the message covers field ${i}`).toBe(false)
    }
  })

  it('"Labelled N matches" is taken back when Ctrl+Z takes the spans back', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const { text } = readDocument(app.workspace, app.docIds[0] as string)
    const n = [...text.matchAll(/Takebe Tsutomu/gu)].length
    expect(n).toBeGreaterThan(1)
    await page.keyboard.press('Control+f')
    const bar = page.getByRole('search', { name: 'Find in the document' })
    await page.keyboard.type('Takebe Tsutomu')
    await bar.getByRole('status').getByText(`of ${n}`).waitFor()
    await bar.getByRole('combobox', { name: 'Label all matches as' }).selectOption({ label: 'Figure' })
    await bar.getByRole('button', { name: 'Label all', exact: true }).click()
    const message = page.getByText(`Labelled ${n} matches as Figure.`)
    await message.waitFor()

    // A message lives six seconds: gone within 1.5 s of the undo means the undo took it back.
    await bar.getByRole('searchbox').press('Escape')
    await page.keyboard.press('Control+z')
    await message.waitFor({ state: 'detached', timeout: 1_500 })
    await waitForSaved(page)
    expect(readDocument(app.workspace, app.docIds[0] as string).spans).toEqual([])
  })
})
