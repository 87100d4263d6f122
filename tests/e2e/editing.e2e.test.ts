/**
 * Working with existing spans: selecting by clicking the text or the span panel,
 * removing, relabelling, clearing the selection, and finding everything again
 * after a reload. Each change is checked in the document file on disk.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { clickText, drawnHighlights, isSpanVisible, panelRows, tagWithKey, waitForPanelRows, waitForSaved, waitForSelectedSpan } from './helpers/page'
import type { PageDom } from './helpers/page-dom'
import { readIndex, spansOnDisk } from './helpers/workspace-files'

const folders = workspaces('editing')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const OUTER = 'thúc đẩy quan hệ Việt Nam-Nhật Bản nhân kỷ niệm 50 năm hai nước thiết lập quan hệ ngoại giao'
const INNER = '50 năm'

/** A commitment with a figure nested inside it, tagged the way an analyst would. */
async function openWithNestedSpans(): Promise<OpenedApp> {
  const a = await openSeeded(folders.next())
  await tagWithKey(a.page, { text: OUTER }, '1')
  await tagWithKey(a.page, { text: INNER }, '3')
  return a
}

const docId = (a: OpenedApp): string => a.docIds[0] as string
/** The span panel's selected rows; it follows the text a frame behind, so tests poll it. */
const selectedRows = async (a: OpenedApp | undefined): Promise<string[]> => {
  if (!a) throw new Error('no app is open')
  return (await panelRows(a.page)).filter((r) => r.selected).map((r) => r.text)
}
const waitForSelected = (a: OpenedApp, text: string | null): Promise<void> => waitForSelectedSpan(a.page, text)

describe('selecting a span', () => {
  it('a click picks the innermost span under the pointer, and a click on untagged text picks none', async () => {
    app = await openWithNestedSpans()
    await clickText(app.page, { text: 'kỷ niệm' })
    await waitForSelected(app, OUTER)
    await expect.poll(() => selectedRows(app)).toEqual([OUTER])

    await clickText(app.page, { text: INNER })
    await waitForSelected(app, INNER)
    await expect.poll(() => selectedRows(app)).toEqual([INNER])

    await clickText(app.page, { text: 'Trần Hồng Hà đã trao đổi' })
    await waitForSelected(app, null)
    await expect.poll(() => selectedRows(app)).toEqual([])
  })

  it('Escape clears the selection, after which a label key changes nothing', async () => {
    app = await openWithNestedSpans()
    await clickText(app.page, { text: INNER })
    await waitForSelected(app, INNER)
    await app.page.keyboard.press('Escape')
    await waitForSelected(app, null)
    await app.page.keyboard.press('2')
    expect(spansOnDisk(app.workspace, docId(app)).map((s) => s.label)).toEqual(['commitment', 'figure'])
    await expect.poll(() => selectedRows(app)).toEqual([])
  })

  it('clicking a row in the span panel selects its span and scrolls the text to it', async () => {
    app = await openSeeded(folders.next())
    const late = 'Thị trường chung Nam Mỹ'
    await tagWithKey(app.page, { text: late }, '2')
    await app.page.keyboard.press('Escape')
    await app.page.mouse.move(600, 400)
    await app.page.mouse.wheel(0, -1_000_000)
    await app.page.waitForFunction(() => (globalThis as unknown as PageDom).document.querySelector('main')?.scrollTop === 0)
    expect(await isSpanVisible(app.page, late)).toBe(false)

    await app.page.getByRole('button', { name: new RegExp(late) }).first().click()
    await waitForSelected(app, late)
    await app.page.waitForFunction((text) => {
      const { document, CSS } = globalThis as unknown as PageDom
      const reader = document.querySelector('main')?.getBoundingClientRect()
      let inside = false
      CSS.highlights.forEach((h, name) => {
        if (name === 'sw-selected') for (const r of h) {
          const rect = r.getBoundingClientRect()
          inside = !!reader && r.toString() === text && rect.top >= reader.top && rect.bottom <= reader.bottom
        }
      })
      return inside
    }, late)
    await expect.poll(() => selectedRows(app)).toEqual([late])
  })
})

describe('removing and relabelling', () => {
  it('Delete removes the selected span from disk, the panel, the highlights and the count; Backspace the next', async () => {
    app = await openWithNestedSpans()
    await clickText(app.page, { text: INNER })
    await waitForSelected(app, INNER)
    await app.page.keyboard.press('Delete')
    await waitForPanelRows(app.page, 1)
    expect(spansOnDisk(app.workspace, docId(app))).toMatchObject([{ label: 'commitment', text: OUTER }])
    const drawn = await drawnHighlights(app.page)
    expect(drawn['sw-figure']).toEqual([])
    expect(drawn['sw-commitment']).toEqual([OUTER])
    expect(await app.page.locator('nav li').first().textContent()).toContain('1 span')

    await clickText(app.page, { text: 'kỷ niệm' })
    await waitForSelected(app, OUTER)
    await app.page.keyboard.press('Backspace')
    await waitForPanelRows(app.page, 0)
    expect(spansOnDisk(app.workspace, docId(app))).toEqual([])
    expect((await drawnHighlights(app.page))['sw-commitment']).toEqual([])
    const workspace = app.workspace
    await expect.poll(() => readIndex(workspace).documents[0]?.span_count).toBe(0)
    expect(await app.page.locator('nav li').first().textContent()).toContain('0 spans')
  })

  it('the delete button of a panel row removes that span', async () => {
    app = await openWithNestedSpans()
    await app.page.getByRole('button', { name: `Delete span “${INNER}”` }).click()
    await waitForPanelRows(app.page, 1)
    expect(spansOnDisk(app.workspace, docId(app)).map((s) => s.text)).toEqual([OUTER])
  })

  it('a label key relabels the selected span on disk and redraws it in the new label', async () => {
    app = await openWithNestedSpans()
    const before = spansOnDisk(app.workspace, docId(app)).find((s) => s.text === INNER)
    await clickText(app.page, { text: INNER })
    await waitForSelected(app, INNER)
    await app.page.keyboard.press('2')
    await app.page.waitForFunction(() => {
      let n = 0
      ;(globalThis as unknown as PageDom).CSS.highlights.forEach((h, name) => {
        if (name === 'sw-agreement') n = [...h].length
      })
      return n === 1
    })
    await waitForSaved(app.page)
    const after = spansOnDisk(app.workspace, docId(app)).find((s) => s.text === INNER)
    expect(after).toMatchObject({ id: before?.id, start: before?.start, end: before?.end, label: 'agreement' })
    const drawn = await drawnHighlights(app.page)
    expect(drawn['sw-figure']).toEqual([])
    expect(drawn['sw-agreement']).toEqual([INNER])
    expect(drawn['sw-selected']).toEqual([INNER])
    expect((await panelRows(app.page)).map((r) => r.label)).toEqual(['Commitment', 'Agreement'])

    // A toolbar button relabels the selected span too.
    await app.page.getByRole('toolbar').getByRole('button', { name: /Figure/ }).click()
    const { workspace } = app
    const id = docId(app)
    await expect.poll(() => spansOnDisk(workspace, id).find((s) => s.text === INNER)?.label).toBe('figure')
  })

  it('after a reload the same spans are listed and drawn', async () => {
    app = await openWithNestedSpans()
    const listed = (await panelRows(app.page)).map(({ label, text }) => ({ label, text }))
    await app.page.reload()
    await waitForPanelRows(app.page, 2)
    expect((await panelRows(app.page)).map(({ label, text }) => ({ label, text }))).toEqual(listed)
    const drawn = await drawnHighlights(app.page)
    expect(drawn['sw-commitment']).toEqual([OUTER])
    expect(drawn['sw-figure']).toEqual([INNER])
    expect(drawn['sw-selected']).toEqual([])
  })
})
