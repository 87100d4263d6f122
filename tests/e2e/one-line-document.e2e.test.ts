/**
 * A text with no line breaks at all (a scraped article, a field pulled out of a
 * JSON file): it opens at once, is drawn as blocks near the viewport only, has a
 * short title, and a span dragged across two blocks gets the offsets of the text.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { newDocument } from '../../src-main/core/new-document'
import { importText } from '../../src-main/core/text'
import { Workspace } from '../../src-main/store/workspace/workspace'
import { splitLines } from '../../src-renderer/editor/text/lines'
import { longText } from '../support/long-workspace'
import { RESOURCES_DIR } from '../support/services'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { dragBetween, waitForPanelRows } from './helpers/page'
import { codePointSlice, spansOnDisk } from './helpers/workspace-files'

const folders = workspaces('one-line')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

describe('a 300 kB text that is one line', () => {
  it('is drawn in blocks near the viewport, titled short, and tagged across a block boundary with exact offsets', async () => {
    const dir = folders.next()
    const text = longText(300_000).replace(/\n+/g, ' ')
    const doc = newDocument(importText(new TextEncoder().encode(text), 'one-line.txt'), 'one-line.txt', '2026-11-26T08:00:00.000Z')
    const workspace = await Workspace.open(dir, { resourcesDir: RESOURCES_DIR, annotator: 'lan', now: () => new Date().toISOString(), seed: false })
    await workspace.addDocuments([{ doc, status: 'todo' }])
    await workspace.close()

    app = await openSeeded(dir)
    const { page } = app
    expect((await page.locator('nav button.doc .title').textContent())?.endsWith('…')).toBe(true)
    const drawn = await page.locator('article[lang="vi"] [data-start]').count()
    const blocks = splitLines(doc.text)
    expect(blocks.length).toBeGreaterThan(100)
    expect(drawn).toBeGreaterThan(0)
    expect(drawn).toBeLessThan(blocks.length / 10)

    // From the last numbered mark of the first block to the first words of the second.
    const first = blocks[0] as { text: string }
    const second = blocks[1] as { start: number; text: string }
    const from = first.text.match(/\(\d+\)/g)?.at(-1) as string
    const to = second.text.split(' ').slice(0, 4).join(' ')
    const before = doc.text.slice(0, second.start).split(to).length - 1
    await dragBetween(page, { text: from }, { text: to, occurrence: before })
    await page.keyboard.press('1')
    await waitForPanelRows(page, 1)
    const [span] = spansOnDisk(dir, doc.id)
    const start = doc.text.indexOf(from)
    const end = second.start + to.length
    expect(span).toMatchObject({ label: 'commitment', text: doc.text.slice(start, end) })
    expect(codePointSlice(doc.text, span?.start ?? 0, span?.end ?? 0)).toBe(doc.text.slice(start, end))
  })
})
