/**
 * A call the service refuses shows its message in the error banner and changes
 * nothing: not the files, not the spans shown.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { dragSelect, panelRowCount, selectedText, tagWithKey } from './helpers/page'
import { readIndex, spansOnDisk, tempDir } from './helpers/workspace-files'

const folders = workspaces('errors')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

describe('a refused call', () => {
  it('tagging a selection of only a space shows why in an alert and stores nothing', async () => {
    app = await openSeeded(folders.next())
    // The space between "Chu" and "Văn".
    await dragSelect(app.page, { text: 'Chu Văn', from: 3, to: 4 })
    expect(await selectedText(app.page)).toBe(' ')
    await app.page.keyboard.press('1')
    const alert = app.page.getByRole('alert')
    await alert.getByText('Could not tag the selection: the selection holds only whitespace').waitFor()

    expect(spansOnDisk(app.workspace, app.docIds[0] as string)).toEqual([])
    expect(readIndex(app.workspace).documents[0]?.span_count).toBe(0)
    expect(await panelRowCount(app.page)).toBe(0)
    expect(await selectedText(app.page)).toBe(' ')

    // Tagging successfully afterwards: the failure no longer applies and the banner goes.
    await tagWithKey(app.page, { text: 'Chu Văn' }, '1')
    await alert.getByText('the selection holds only whitespace').waitFor({ state: 'detached' })
    expect(spansOnDisk(app.workspace, app.docIds[0] as string)).toMatchObject([{ label: 'commitment', text: 'Chu Văn' }])
  })

  it('exporting onto a folder shows why in an alert and announces no export', async () => {
    const folder = join(tempDir('errors-out'), 'a-folder.jsonl')
    mkdirSync(folder)
    app = await openSeeded(folders.next(), { saveDialog: () => folder })
    await app.page.getByRole('button', { name: 'Export…' }).click()
    await app.page.getByRole('dialog', { name: 'Export' }).waitFor()
    await app.page.keyboard.press('Enter')
    const alert = app.page.getByRole('alert')
    await alert.getByText(`Export failed: cannot export to ${folder}: it is a folder`).waitFor()
    expect(await app.page.getByRole('status').textContent()).toBe('')
    await alert.getByRole('button', { name: 'Dismiss' }).click()
    await alert.getByText('Export failed').waitFor({ state: 'detached' })
  })
})
