/**
 * Review mode writes the gold spans over the reviewer's own workspace: it says so
 * before the first decision, and "Review into a copy" writes the decisions that
 * follow into a new folder beside it, leaving lan's own folder as it was.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { annotateWorkspace, editJsonl, exportWorkspace } from './helpers/review'
import { folderBytes } from './helpers/workspace-files'

const folders = workspaces('review-copy')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const docFile = (workspace: string, id: string): string => join(workspace, 'documents', `${id}.json`)
const labelsIn = (workspace: string, id: string): string[] =>
  (JSON.parse(readFileSync(docFile(workspace, id), 'utf8')) as { spans: Array<{ label: string }> }).spans.map((s) => s.label)

describe('Review mode over the reviewer’s own workspace', () => {
  it('says decisions overwrite it, and reviews into a copy: the gold there, lan’s folder byte for byte as it was', async () => {
    const root = folders.next()
    const workspace = join(root, 'lan')
    let docId = ''
    await annotateWorkspace(workspace, 'lan', (id, text) => {
      if (docId) return []
      docId = id
      return [{ start: 0, end: [...text.split('\n')[0]!].length, label: 'commitment' }]
    })
    const theirs = join(root, 'minh.jsonl')
    await exportWorkspace(workspace, theirs)
    editJsonl(theirs, (r) => ({ ...r, annotator: 'minh', spans: r.spans.map((s) => ({ ...s, label: 'agreement', annotator: 'minh' })) }))
    const lanBytes = readFileSync(docFile(workspace, docId), 'utf8')

    app = await openSeeded(workspace, { annotator: 'lan', openDialog: (kind) => (kind === 'files' ? [theirs] : []) })
    const { page } = app
    await app.sendCommand('review-compare-file')
    await page.getByText('Difference 1 of 1').waitFor()
    const notice = page.getByTestId('review-overwrite')
    expect(await notice.textContent()).toContain(`Each decision writes the gold spans into this workspace (${workspace}), over your own annotations.`)
    const before = folderBytes(workspace)

    await notice.getByRole('button', { name: 'Review into a copy' }).click()
    const copy = join(root, 'lan-review')
    await page.getByRole('status').getByText(`Reviewing into a copy, ${copy}`, { exact: false }).waitFor()
    await notice.waitFor({ state: 'detached' })
    expect(readFileSync(docFile(copy, docId), 'utf8')).toBe(lanBytes)

    // Taking minh's label writes the gold into the copy; lan's folder is left as it was.
    await page.keyboard.press('b')
    await expect.poll(() => labelsIn(copy, docId)).toEqual(['agreement'])
    expect(folderBytes(workspace)).toEqual(before)
    expect(labelsIn(workspace, docId)).toEqual(['commitment'])
  })

  it('the toolbar’s Review button opens Review mode, also in a 900 px window', async () => {
    const root = folders.next()
    const workspace = join(root, 'lan')
    let docId = ''
    await annotateWorkspace(workspace, 'lan', (id) => {
      if (docId) return []
      docId = id
      return [{ start: 0, end: 4, label: 'figure' }]
    })
    const theirs = join(root, 'minh.jsonl')
    await exportWorkspace(workspace, theirs)
    editJsonl(theirs, (r) => ({ ...r, annotator: 'minh', spans: [] }))
    app = await openSeeded(workspace, { annotator: 'lan', viewport: { width: 900, height: 700 }, openDialog: (kind) => (kind === 'files' ? [theirs] : []) })
    const button = app.page.getByRole('toolbar').getByRole('button', { name: 'Review…' })
    await button.click()
    await app.page.getByText('Difference 1 of 1').waitFor()
  })

  it('“Write here” puts the notice away without copying', async () => {
    const root = folders.next()
    const workspace = join(root, 'lan')
    let docId = ''
    await annotateWorkspace(workspace, 'lan', (id) => {
      if (docId) return []
      docId = id
      return [{ start: 0, end: 4, label: 'figure' }]
    })
    const theirs = join(root, 'minh.jsonl')
    await exportWorkspace(workspace, theirs)
    editJsonl(theirs, (r) => ({ ...r, annotator: 'minh', spans: [] }))
    app = await openSeeded(workspace, { annotator: 'lan', openDialog: (kind) => (kind === 'files' ? [theirs] : []) })
    await app.sendCommand('review-compare-file')
    const notice = app.page.getByTestId('review-overwrite')
    await notice.waitFor()
    await notice.getByRole('button', { name: 'Write here' }).click()
    await notice.waitFor({ state: 'detached' })
    expect(readdirSync(root).sort()).toEqual(['lan', 'minh.jsonl'])
  })
})
