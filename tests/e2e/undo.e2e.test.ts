/**
 * Undo and redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) of every kind of span edit, one
 * document at a time, each document keeping its own history when another one is
 * opened in between. The document file on disk follows every step.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { pressAndSave } from './helpers/editor'
import { tagWithKey, waitForSaved } from './helpers/page'
import { spansOnDisk } from './helpers/workspace-files'

const folders = workspaces('undo')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

/** What matters of each span on disk: label, text, attributes. */
const state = (a: OpenedApp, docId: string) => spansOnDisk(a.workspace, docId).map((s) => ({ label: s.label, text: s.text, attributes: (s as { attributes?: unknown }).attributes }))

describe('undo and redo', () => {
  it('undo every edit in turn, redo them, and keep each document’s history across switching documents', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const [a, b] = app.docIds as [string, string]
    const documents = page.getByRole('navigation', { name: 'Documents' }).locator('button.doc')
    const states = [state(app, a)]
    const record = async (): Promise<void> => {
      await waitForSaved(page)
      states.push(state(app!, a))
    }

    await tagWithKey(page, { text: 'Takebe Tsutomu' }, '2') // tag
    await record()
    await pressAndSave(page, '1') // relabel
    await record()
    await pressAndSave(page, 'Alt+ArrowRight') // boundary
    await record()
    const parties = page.getByRole('textbox', { name: 'Add to Parties' })
    await parties.fill('Nhật Bản')
    await parties.press('Enter') // attributes
    await record()
    await page.keyboard.press('Shift+F6') // back to the text, without the mouse
    await pressAndSave(page, 'Delete') // remove
    await record()
    expect(states.map((s) => s.map((x) => `${x.label}:${x.text}`).join())).toEqual([
      '',
      'agreement:Takebe Tsutomu',
      'commitment:Takebe Tsutomu',
      'commitment:Takebe Tsutomu và',
      'commitment:Takebe Tsutomu và',
      '',
    ])
    expect(states[4]?.[0]?.attributes).toEqual({ parties: ['Nhật Bản'] })

    for (let i = states.length - 2; i >= 0; i--) {
      await pressAndSave(page, 'Control+z')
      expect(state(app, a), `undo back to step ${i}`).toEqual(states[i])
    }
    await pressAndSave(page, 'Control+Shift+Z')
    expect(state(app, a)).toEqual(states[1])
    await pressAndSave(page, 'Control+y')
    expect(state(app, a)).toEqual(states[2])

    // Another document has its own history.
    await documents.nth(1).click()
    await page.locator('[aria-labelledby="span-panel-heading"] .count', { hasText: /^0$/ }).waitFor()
    await tagWithKey(page, { text: 'Việt Nam' }, '3')
    expect(spansOnDisk(app.workspace, b)).toHaveLength(1)
    await pressAndSave(page, 'Control+z')
    expect(spansOnDisk(app.workspace, b)).toEqual([])
    await pressAndSave(page, 'Control+z') // nothing left to undo there
    expect(spansOnDisk(app.workspace, b)).toEqual([])
    expect(state(app, a)).toEqual(states[2])

    // Back in the first document, undo goes on where it was.
    await documents.nth(0).click()
    await page.locator('[aria-labelledby="span-panel-heading"] li').first().waitFor()
    await pressAndSave(page, 'Control+z')
    expect(state(app, a)).toEqual(states[1])
  })
})
