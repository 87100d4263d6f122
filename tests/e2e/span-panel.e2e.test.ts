/**
 * The span panel: spans in text order with a little context, filtered by label;
 * picking one scrolls the text to it and flashes it. The selected span's note and
 * typed attributes: a figure's value suggested from Vietnamese numerals and
 * confirmed, its unit, the parties of a commitment; all on disk and exported.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { waitForDrawn } from './helpers/editor'
import { isSpanVisible, panelRows, tagWithKey, waitForSaved } from './helpers/page'
import type { PageDom } from './helpers/page-dom'
import { findInWorkspace, readIndex, spansOnDisk, tempDir } from './helpers/workspace-files'

const folders = workspaces('span-panel')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

interface SpanAttributes {
  attributes: Record<string, unknown>
  note: string
}

describe('the span panel', () => {
  it('lists spans in text order with context, filters by label, and scrolls to and flashes the one picked', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const late = 'Thị trường chung Nam Mỹ'
    await tagWithKey(page, { text: late }, '2')
    await tagWithKey(page, { text: 'Takebe Tsutomu' }, '1')
    await tagWithKey(page, { text: 'Ngày 27/2' }, '3')
    expect((await panelRows(page)).map((r) => [r.label, r.text])).toEqual([
      ['Figure', 'Ngày 27/2'],
      ['Commitment', 'Takebe Tsutomu'],
      ['Agreement', late],
    ])
    const quotes = await page.locator('[aria-labelledby="span-panel-heading"] li .quote').allTextContents()
    expect(quotes[1]).toMatch(/^…[^\n]*Nghị sĩ hữu nghị Nhật Bản-Việt Nam Takebe Tsutomu và Đại sứ[^\n]*…$/)

    const filter = page.getByRole('combobox', { name: 'Show spans of' })
    await filter.selectOption({ label: 'Commitment' })
    expect((await panelRows(page)).map((r) => r.text)).toEqual(['Takebe Tsutomu'])
    await filter.selectOption({ label: 'All labels' })
    expect(await panelRows(page)).toHaveLength(3)

    await page.keyboard.press('Escape')
    await page.mouse.move(600, 400)
    await page.mouse.wheel(0, -1_000_000)
    await page.waitForFunction(() => (globalThis as unknown as PageDom).document.querySelector('main')?.scrollTop === 0)
    expect(await isSpanVisible(page, late)).toBe(false)
    await page.locator('[aria-labelledby="span-panel-heading"] li', { hasText: late }).locator('button.pick').click()
    await waitForDrawn(page, 'sw-flash', late)
    await waitForDrawn(page, 'sw-selected', late)
    await page.waitForFunction((text) => {
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
    await waitForDrawn(page, 'sw-flash', null) // the flash passes
  })

  it('edits a figure’s suggested value and unit, a commitment’s parties and a note; they are saved and exported', async () => {
    const out = join(tempDir('span-panel-export'), 'export.jsonl')
    app = await openSeeded(folders.next())
    const { page, workspace } = app
    const { docId } = findInWorkspace(workspace, '3 triệu yên')
    await page.getByRole('navigation', { name: 'Documents' }).locator('button.doc').nth(app.docIds.indexOf(docId)).click()
    await page.locator('article p', { hasText: '3 triệu yên' }).first().waitFor()
    await tagWithKey(page, { text: '3 triệu yên' }, '3')
    const figure = (): SpanAttributes => spansOnDisk(workspace, docId)[0] as unknown as SpanAttributes

    const details = page.getByRole('region', { name: /Selected span/ })
    await details.getByText('Suggested: 3.000.000 yên').waitFor()
    await details.getByRole('button', { name: 'Use 3.000.000' }).click()
    await waitForSaved(page)
    expect(figure().attributes).toEqual({ value: 3_000_000, unit: 'yên' })

    const value = details.getByRole('textbox', { name: 'Value' })
    await value.fill('1.500 tỷ')
    await value.press('Enter')
    await waitForSaved(page)
    expect(figure().attributes).toEqual({ value: 1.5e12, unit: 'yên' })
    expect(await value.inputValue()).toBe('1.500.000.000.000')
    await value.fill('nhiều lắm')
    await value.press('Enter')
    await details.getByText(/^Not a number/).waitFor()
    expect(figure().attributes).toEqual({ value: 1.5e12, unit: 'yên' })

    await details.getByRole('textbox', { name: 'Unit' }).fill('yên Nhật')
    await details.getByRole('textbox', { name: 'Note' }).fill('ước tính')
    await details.getByRole('textbox', { name: 'Value' }).fill('3 triệu')
    await details.getByRole('textbox', { name: 'Value' }).press('Tab')
    await waitForSaved(page)
    await page.keyboard.press('Shift+Tab') // leaving the note saves it too
    await waitForSaved(page)
    expect(figure()).toMatchObject({ attributes: { value: 3e6, unit: 'yên Nhật' }, note: 'ước tính' })

    await tagWithKey(page, { text: 'Chính phủ Nhật Bản' }, '1')
    const parties = details.getByRole('textbox', { name: 'Add to Parties' })
    for (const party of ['Nhật Bản', 'Việt Nam']) {
      await parties.fill(party)
      await parties.press('Enter')
    }
    await details.getByRole('button', { name: 'Remove Nhật Bản' }).click()
    await waitForSaved(page)
    const commitment = spansOnDisk(workspace, docId).find((s) => s.label === 'commitment') as unknown as SpanAttributes
    expect(commitment.attributes).toEqual({ parties: ['Việt Nam'] })

    // Exported as the app exports (the export dialog's own flow is tested in export.e2e.test.ts).
    await app.services.exportDataset({ path: out, format: 'jsonl' })
    const lines = readFileSync(out, 'utf8').trim().split('\n')
    const record = JSON.parse(lines[readIndex(workspace).documents.findIndex((d) => d.id === docId)] as string) as { spans: Array<SpanAttributes & { label: string }> }
    expect(record.spans.map((s) => [s.label, s.attributes, s.note])).toEqual(
      expect.arrayContaining([
        ['figure', { unit: 'yên Nhật', value: 3e6 }, 'ước tính'],
        ['commitment', { parties: ['Việt Nam'] }, ''],
      ]),
    )
  })
})
