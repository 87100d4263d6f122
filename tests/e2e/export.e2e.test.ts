/**
 * Export… (JSONL by default): the toolbar button, Ctrl+E and the menu command run one flow —
 * ask where to save, write canonical JSONL, say what was written. Cancelling the
 * dialog does nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { BridgeApi } from '../../src-main/api'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { tagWithKey } from './helpers/page'
import { codePointSlice, readDocument, readIndex, tempDir } from './helpers/workspace-files'

const folders = workspaces('export')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

interface Dialog {
  /** The default file name each time the save dialog was shown. */
  asked: string[]
  answer: (defaultName: string) => string | null
}

function saveDialog(answer: string | null): Dialog {
  const dialog: Dialog = {
    asked: [],
    answer: (name) => {
      dialog.asked.push(name)
      return answer
    },
  }
  return dialog
}

/** Checks an export against the workspace files: one canonical record per document, in order. */
function expectExportMatchesWorkspace(file: string, workspace: string): void {
  const lines = readFileSync(file, 'utf8').split('\n')
  expect(lines.pop()).toBe('')
  const index = readIndex(workspace)
  expect(lines).toHaveLength(index.documents.length)
  for (const [i, entry] of index.documents.entries()) {
    const record = JSON.parse(lines[i] as string) as Record<string, unknown> & { spans: { start: number; end: number; text: string }[] }
    const doc = readDocument(workspace, entry.id)
    expect(Object.keys(record)).toEqual(['id', 'title', 'source', 'text', 'text_sha256', 'offsets', 'annotator', 'status', 'tokens', 'spans'])
    expect(record).toMatchObject({ id: entry.id, title: entry.title, text: doc.text, status: entry.status })
    expect(record.offsets).toEqual({ unit: 'codepoint', end: 'exclusive', normalization: 'NFC' })
    expect(record.spans).toEqual(doc.spans)
    for (const span of record.spans) expect(span.text).toBe(codePointSlice(doc.text, span.start, span.end))
  }
}

const triggers: [string, (a: OpenedApp) => Promise<void>][] = [
  ['the Export… button', (a) => a.page.getByRole('button', { name: 'Export…' }).click()],
  ['Ctrl+E', (a) => a.page.keyboard.press('Control+E')],
  ['the menu command export-jsonl', (a) => a.sendCommand('export-jsonl')],
]

describe('exporting JSONL', () => {
  it.each(triggers)('%s asks where to save, writes canonical JSONL matching the workspace and says what it wrote', async (_, trigger) => {
    const out = join(tempDir('export-out'), 'annotations.jsonl')
    const dialog = saveDialog(out)
    app = await openSeeded(folders.next(), { saveDialog: dialog.answer })
    await tagWithKey(app.page, { text: 'Ngày 27/2' }, '3')
    await tagWithKey(app.page, { text: 'Phó Thủ tướng Trần Hồng Hà', occurrence: 0 }, '2')

    await trigger(app)
    // The export dialog opens with JSONL chosen and Export focused: Enter confirms.
    await app.page.getByRole('dialog', { name: 'Export' }).waitFor()
    await app.page.keyboard.press('Enter')
    await app.page.getByRole('status').getByText(`Exported 5 documents (2 spans) to ${out}`).waitFor()
    expect(dialog.asked).toEqual(['spanwright-export.jsonl'])
    expectExportMatchesWorkspace(out, app.workspace)
    // The same bytes as the services write for any other tool (the command line).
    const reference = join(tempDir('export-ref'), 'reference.jsonl')
    await app.services.exportDataset({ path: reference, format: 'jsonl' })
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(reference, 'utf8'))
  })

  it('cancelling the save dialog writes nothing and says nothing', async () => {
    const dialog = saveDialog(null)
    app = await openSeeded(folders.next(), { saveDialog: dialog.answer })
    const button = app.page.getByRole('button', { name: 'Export…' })
    await button.click()
    await app.page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export', exact: true }).click()
    await expect.poll(() => dialog.asked.length).toBe(1)
    // The button is busy while the flow runs; once it is not, the flow has finished.
    await app.page.locator('button[aria-busy="false"]', { hasText: 'Export…' }).waitFor()
    expect(await app.page.getByRole('status').textContent()).toBe('')
    expect((await app.page.getByRole('alert').allTextContents()).join('')).toBe('')
    expect(readdirSync(app.workspace).filter((f) => f.endsWith('.jsonl'))).toEqual([])
  })

  it('writes only where a dialog of the window chose: window.api with a path of its own is refused', async () => {
    app = await openSeeded(folders.next())
    const stolen = join(tempDir('export-stolen'), 'stolen.jsonl')
    const refused = await app.page.evaluate((path) => (window as unknown as { api: BridgeApi }).api.exportDataset({ path, format: 'jsonl' } as never), stolen)
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_argument', message: expect.stringContaining('a token from a file dialog') } })
    expect(existsSync(stolen)).toBe(false)
    const chosen = join(tempDir('export-chosen'), 'chosen.jsonl')
    const token = app.choose('save', chosen)
    const written = await app.page.evaluate((t) => (window as unknown as { api: BridgeApi }).api.exportDataset({ token: t, format: 'jsonl' }), token)
    expect(written).toMatchObject({ ok: true, value: { path: chosen, documents: 5 } })
    expectExportMatchesWorkspace(chosen, app.workspace)
  })
})
