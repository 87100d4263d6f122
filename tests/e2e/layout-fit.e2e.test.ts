/**
 * Issue 13, "a layout that fits": from the window's minimum (900×600) to its default
 * (1280×820), with nine labels, three of them with long names, nothing scrolls sideways
 * and every control can be seen whole; the labels that do not fit are in a menu and tag
 * from there; a side panel that does not fit is a drawer its toolbar button opens.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Label } from '../../src-main/core/model/label'
import { DEFAULT_LABELS } from '../../src-main/core/model/label'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { sidewaysOverflow, whyNotVisible } from './helpers/layout'
import { dragSelect, waitForPanelRows } from './helpers/page'
import { spansOnDisk } from './helpers/workspace-files'

const folders = workspaces('layout-fit')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const LONG = 'Quantity of foreign direct investment pledged by partners' // 57 characters
const NINE: Label[] = [
  ...DEFAULT_LABELS,
  ...[LONG, 'Policy', 'Organisation named in a joint declaration of intent', 'Person', 'Date and place of a signing ceremony abroad', 'Location'].map(
    (name, i): Label => ({ id: `extra-${i}`, name, name_vi: '', color: '#44aa99', hotkey: String(4 + i), description: '' }),
  ),
]

async function openWithNineLabels(size: { width: number; height: number }): Promise<OpenedApp> {
  const opened = await openSeeded(folders.next(), { viewport: size })
  await opened.services.updateLabels({ labels: NINE })
  await opened.page.reload()
  await opened.page.locator('article[lang="vi"] p').first().waitFor()
  await opened.page.locator('button.label').first().waitFor()
  return opened
}

/** Every control the analyst needs, by what it is; a side panel counts when it or its drawer's button can be seen. */
async function unseenControls(a: OpenedApp): Promise<Record<string, string>> {
  const { page } = a
  const toolbar = page.getByRole('toolbar', { name: 'Labels and actions' })
  const controls = {
    'export button': toolbar.getByRole('button', { name: 'Export…' }),
    'language selector': page.getByRole('combobox', { name: 'Language' }),
    'appearance selector': page.getByRole('combobox', { name: 'Appearance' }),
    'labels button': toolbar.getByRole('button', { name: 'Labels', exact: true }),
    'guidelines button': toolbar.getByRole('button', { name: 'Guidelines' }),
    'import button': toolbar.getByRole('button', { name: 'Import' }),
    'save indicator': page.locator('[data-save-state]'),
    'the text': page.locator('article[lang="vi"] p').first(),
    'document title': page.locator('.page h1'),
  }
  const seen: Record<string, string> = {}
  for (const [what, control] of Object.entries(controls)) {
    if ((await control.count()) !== 1) seen[what] = `${await control.count()} found`
    else {
      const why = await whyNotVisible(control)
      if (why) seen[what] = why
    }
  }
  // Each label is a button in the toolbar, or in the menu its "more" button opens.
  const labelButtons = toolbar.locator('button.label')
  const shown = await labelButtons.count()
  for (let i = 0; i < shown; i++) {
    const why = await whyNotVisible(labelButtons.nth(i))
    if (why) seen[`label button ${i + 1}`] = why
  }
  if (shown < NINE.length) {
    const more = toolbar.getByRole('button', { name: `${NINE.length - shown} more` })
    const why = (await more.count()) === 1 ? await whyNotVisible(more) : 'no "more" button for the labels that do not fit'
    if (why) seen['more labels button'] = why
  }
  for (const [what, panel, toggle] of [
    ['document list', page.locator('#document-list nav'), toolbar.getByRole('button', { name: 'Documents' })],
    ['span panel', page.locator('[aria-labelledby="span-panel-heading"]'), toolbar.getByRole('button', { name: 'Spans', exact: true })],
  ] as const) {
    const panelWhy = (await panel.isVisible()) ? await whyNotVisible(panel) : 'hidden'
    const toggleWhy = (await toggle.count()) === 1 ? await whyNotVisible(toggle) : 'no button'
    if (panelWhy && toggleWhy) seen[what] = `${panelWhy}, and its button: ${toggleWhy}`
  }
  return seen
}

describe('a layout that fits', () => {
  for (const size of [
    { width: 900, height: 600 },
    { width: 1050, height: 700 },
    { width: 1280, height: 820 },
  ]) {
    it(`at ${size.width}×${size.height} with nine labels nothing scrolls sideways and every control is seen whole`, async () => {
      app = await openWithNineLabels(size)
      expect(await sidewaysOverflow(app.page)).toEqual([])
      expect(await unseenControls(app)).toEqual({})
    })
  }

  it('at 900×600 the labels that do not fit tag from the "more" menu, long names end in "…" with the whole name in the tooltip', async () => {
    app = await openWithNineLabels({ width: 900, height: 600 })
    const { page } = app
    const toolbar = page.getByRole('toolbar', { name: 'Labels and actions' })
    const shown = await toolbar.locator('button.label').count()
    expect(shown).toBeGreaterThanOrEqual(3) // the default labels always have room, on a row of their own
    expect(shown).toBeLessThan(NINE.length)

    // A long name is cut with an ellipsis; its tooltip names it whole.
    const long = toolbar.locator('button.label', { hasText: 'Quantity of foreign' })
    expect(await long.getAttribute('title')).toContain(LONG)
    expect(await long.locator('.label-name').evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true)

    await dragSelect(page, { text: 'Takebe Tsutomu' })
    await toolbar.getByRole('button', { name: `${NINE.length - shown} more` }).click()
    const menu = page.getByRole('menu')
    const items = menu.getByRole('menuitem')
    expect(await items.count()).toBe(NINE.length - shown)
    for (let i = 0; i < NINE.length - shown; i++) expect(await whyNotVisible(items.nth(i))).toBeNull()
    await menu.getByRole('menuitem', { name: /Location/ }).click()
    await waitForPanelRows(page, 1)
    await page.locator('[data-save-state="saved"]').waitFor()
    const onDisk = spansOnDisk(app.workspace, app.docIds[0]!)
    expect(onDisk.map((s) => [s.label, s.text])).toEqual([['extra-5', 'Takebe Tsutomu']])
    expect(await menu.isVisible()).toBe(false)
  })

  it('at 900×600 the side panels are drawers: their buttons open them in view, by mouse and by keyboard; Escape closes', async () => {
    app = await openWithNineLabels({ width: 900, height: 600 })
    const { page } = app
    const toolbar = page.getByRole('toolbar', { name: 'Labels and actions' })
    const list = page.locator('#document-list nav')
    const panel = page.locator('[aria-labelledby="span-panel-heading"]')
    expect(await list.isVisible()).toBe(false)
    expect(await panel.isVisible()).toBe(false)

    // The document list, from the keyboard: its button, Enter; the focus goes into the drawer.
    const documents = toolbar.getByRole('button', { name: 'Documents' })
    await documents.focus()
    await page.keyboard.press('Enter')
    await list.waitFor()
    expect(await whyNotVisible(list.locator('button.doc').first())).toBeNull()
    expect(await documents.getAttribute('aria-expanded')).toBe('true')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(`!!document.activeElement.closest('#document-list')`)).toBe(true)
    await page.keyboard.press('Escape')
    await list.waitFor({ state: 'hidden' })
    expect(await page.evaluate(`document.activeElement.getAttribute('aria-controls')`)).toBe('document-list')

    // Opening a document from the drawer closes it.
    await documents.click()
    await list.locator('button.doc').nth(1).click()
    await list.waitFor({ state: 'hidden' })
    await page.locator('button.doc[aria-current="page"][data-index="1"]').waitFor({ state: 'attached' })

    // The span panel, with the mouse; the text stays beside it and nothing scrolls sideways.
    await toolbar.getByRole('button', { name: 'Spans', exact: true }).click()
    await panel.waitFor()
    expect(await whyNotVisible(panel.getByRole('combobox', { name: 'Show spans of' }))).toBeNull()
    expect(await sidewaysOverflow(page)).toEqual([])
    await toolbar.getByRole('button', { name: 'Spans', exact: true }).click()
    await panel.waitFor({ state: 'hidden' })
  })
})
