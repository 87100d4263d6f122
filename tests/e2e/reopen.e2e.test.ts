/**
 * Coming back to a document: the window keeps what it opened and asks the
 * services only whether the file changed, so it must still show every edit
 * saved since, and whatever another program wrote in the meantime.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { panelRows, tagWithKey, waitForPanelRows } from './helpers/page'
import { readDocument } from './helpers/workspace-files'

const folders = workspaces('reopen')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

async function open(a: OpenedApp, n: number): Promise<void> {
  const button = a.page.getByRole('navigation', { name: 'Documents' }).locator('button.doc').nth(n)
  await button.click()
  await a.page.locator('button.doc[aria-current="page"]', { hasText: (await button.locator('.title').textContent()) ?? '' }).waitFor()
}

describe('opening a document again', () => {
  it('shows the spans saved before leaving it, then what another program changed in its file', async () => {
    app = await openSeeded(folders.next())
    const docId = app.docIds[0] as string
    await tagWithKey(app.page, { text: 'Ngày 27/2' }, '3')
    await tagWithKey(app.page, { text: 'Phó Thủ tướng Trần Hồng Hà' }, '1')

    await open(app, 1)
    await open(app, 0)
    await waitForPanelRows(app.page, 2)
    expect((await panelRows(app.page)).map((r) => [r.label, r.text])).toEqual([
      ['Figure', 'Ngày 27/2'],
      ['Commitment', 'Phó Thủ tướng Trần Hồng Hà'],
    ])

    // While another document is open, a second tool relabels one span and removes the other.
    await open(app, 1)
    const file = join(app.workspace, 'documents', `${docId}.json`)
    const onDisk = readDocument(app.workspace, docId)
    const figure = onDisk.spans.find((s) => s.label === 'figure')
    writeFileSync(file, JSON.stringify({ ...onDisk, spans: [{ ...figure, label: 'agreement' }] }, null, 2))
    await open(app, 0)
    await waitForPanelRows(app.page, 1)
    expect((await panelRows(app.page)).map((r) => [r.label, r.text])).toEqual([['Agreement', 'Ngày 27/2']])
  })
})
