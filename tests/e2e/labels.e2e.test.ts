/**
 * The label schema editor and the guidelines panel, as an analyst uses them:
 * labels renamed, recoloured, reordered, rekeyed and added keep every span
 * (spans refer to label ids); removing a label in use asks first, saying how
 * many spans it has; guidelines in English and Vietnamese are edited and stored.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Label } from '../../src-main/core/model/label'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { panelRowCount, tagWithKey } from './helpers/page'
import { readIndex, spansOnDisk } from './helpers/workspace-files'

const folders = workspaces('labels')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const labelsOnDisk = (a: OpenedApp): Label[] => (readIndex(a.workspace) as unknown as { labels: Label[] }).labels
const firstDoc = (a: OpenedApp): string => a.docIds[0] as string

describe('the label schema editor', () => {
  it('adds, renames, recolours, reorders and rekeys labels, and every span keeps its label', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    await tagWithKey(page, { text: 'Takebe Tsutomu' }, '3')
    await expect.poll(() => spansOnDisk(app!.workspace, firstDoc(app!)).map((s) => [s.label, s.text])).toEqual([['figure', 'Takebe Tsutomu']])

    await page.keyboard.press('Control+Shift+L')
    const dialog = page.getByRole('dialog', { name: 'Labels' })
    await dialog.getByRole('textbox', { name: 'Name (figure)', exact: true }).fill('Number')
    await dialog.getByRole('textbox', { name: 'Vietnamese name (figure)' }).fill('Con số')
    await dialog.getByLabel('Colour (figure)').fill('#117733')
    await dialog.getByRole('textbox', { name: 'Key (figure)' }).fill('m')
    await dialog.getByRole('button', { name: 'Move Number up' }).click()
    await dialog.getByRole('button', { name: 'Move Number up' }).click()
    await dialog.getByRole('button', { name: /Add label/ }).click()
    // The new label's name is selected: typing names it.
    await page.keyboard.type('Event')
    await dialog.getByRole('textbox', { name: 'Key (Event)' }).fill('e')
    const eventRow = dialog.locator('li', { has: page.getByRole('textbox', { name: 'Name (Event)', exact: true }) })
    await eventRow.getByRole('button', { name: /Add attribute/ }).click()
    await eventRow.getByRole('textbox', { name: 'Attribute name 1 (Event)' }).fill('When')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'detached' })

    const labels = labelsOnDisk(app)
    expect(labels.map((l) => l.id)).toEqual(['figure', 'commitment', 'agreement', 'event'])
    expect(labels[0]).toMatchObject({ id: 'figure', name: 'Number', name_vi: 'Con số', color: '#117733', hotkey: 'm' })
    expect(labels[3]).toMatchObject({ id: 'event', name: 'Event', hotkey: 'e', attributes: [{ id: 'when', name: 'When', type: 'text' }] })
    expect(spansOnDisk(app.workspace, firstDoc(app)).map((s) => [s.label, s.text])).toEqual([['figure', 'Takebe Tsutomu']])

    // The toolbar follows the new order and names, and the new keys tag.
    const toolbarLabels = await page.getByRole('toolbar').locator('button.label').allTextContents()
    expect(toolbarLabels.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(['m Number', '1 Commitment', '2 Agreement', 'e Event'])
    await tagWithKey(page, { text: 'Yamada Takio' }, 'e')
    await expect.poll(() => spansOnDisk(app!.workspace, firstDoc(app!)).map((s) => s.label).sort()).toEqual(['event', 'figure'])
  })

  it('shows an empty or taken name and a taken key next to the field, refuses Save, and forgets it all on Cancel', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    await page.keyboard.press('Control+Shift+L')
    const dialog = page.getByRole('dialog', { name: 'Labels' })
    const row = dialog.locator('li', { has: page.getByRole('textbox', { name: 'Name (agreement)', exact: true }) })
    const problem = row.getByRole('alert')
    const save = dialog.getByRole('button', { name: 'Save' })

    // Trimmed and in another case it is still Commitment's name.
    await row.getByRole('textbox', { name: 'Name (agreement)', exact: true }).fill(` ${'COMMITMENT'} `)
    await expect.poll(() => problem.textContent()).toBe('Commitment has this name already')
    expect(await save.isDisabled()).toBe(true)
    await row.getByRole('textbox', { name: 'Name (agreement)', exact: true }).fill('')
    await expect.poll(() => problem.textContent()).toBe('A label needs a name')
    await row.getByRole('textbox', { name: 'Name (agreement)', exact: true }).fill('Agreement')
    await row.getByRole('textbox', { name: 'Key (agreement)' }).fill('1')
    await expect.poll(() => problem.textContent()).toBe('Commitment has this key already')
    await row.getByRole('textbox', { name: 'Key (agreement)' }).fill('n')
    await expect.poll(() => problem.textContent()).toBe('The app uses this key itself')
    expect(await save.isDisabled()).toBe(true)
    expect(await dialog.getByRole('alert').count()).toBe(1)

    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.keyboard.press('Control+Shift+L')
    await dialog.waitFor()
    expect(await dialog.getByRole('alert').count()).toBe(0)
    expect(await save.isDisabled()).toBe(false)
    expect(labelsOnDisk(app).map((l) => [l.name, l.hotkey])).toEqual([
      ['Commitment', '1'],
      ['Agreement', '2'],
      ['Figure', '3'],
    ])
  })

  it('removing a label in use says how many spans it has and asks first; an unused label goes at once', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    await tagWithKey(page, { text: 'Takebe Tsutomu' }, '2')
    await tagWithKey(page, { text: 'Yamada Takio' }, '2')
    await expect.poll(() => spansOnDisk(app!.workspace, firstDoc(app!)).length).toBe(2)

    await page.getByRole('toolbar').getByRole('button', { name: 'Labels' }).click()
    const dialog = page.getByRole('dialog', { name: 'Labels' })
    await dialog.getByRole('button', { name: 'Remove Agreement' }).click()
    const question = dialog.getByRole('alertdialog')
    expect(await question.textContent()).toContain('Agreement is used by 2 spans in 1 document. Remove the label and its 2 spans?')
    await question.getByRole('button', { name: 'Cancel' }).click()
    await question.waitFor({ state: 'detached' })
    expect(labelsOnDisk(app).map((l) => l.id)).toEqual(['commitment', 'agreement', 'figure'])
    expect(spansOnDisk(app.workspace, firstDoc(app))).toHaveLength(2)

    await dialog.getByRole('button', { name: 'Remove Agreement' }).click()
    await question.getByRole('button', { name: 'Remove label and spans' }).click()
    await dialog.getByRole('textbox', { name: 'Name (agreement)', exact: true }).waitFor({ state: 'detached' })
    expect(labelsOnDisk(app).map((l) => l.id)).toEqual(['commitment', 'figure'])
    expect(spansOnDisk(app.workspace, firstDoc(app))).toEqual([])

    // Figure has no spans: no question.
    await dialog.getByRole('button', { name: 'Remove Figure' }).click()
    await dialog.getByRole('textbox', { name: 'Name (figure)', exact: true }).waitFor({ state: 'detached' })
    expect(await question.count()).toBe(0)
    expect(labelsOnDisk(app).map((l) => l.id)).toEqual(['commitment'])
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await panelRowCount(page)).toBe(0)
    expect(await page.getByRole('toolbar').locator('button.label').count()).toBe(1)
  })
})

describe('the guidelines panel', () => {
  it('shows each label’s definition with examples in English and Vietnamese; an edit is stored in the workspace', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    await page.keyboard.press('F1')
    const dialog = page.getByRole('dialog', { name: 'Annotation guidelines' })
    expect(await dialog.getByTestId('guideline-figure-en').textContent()).toContain('A quantity, amount, date or percentage')
    expect(await dialog.getByTestId('guideline-figure-en').textContent()).toContain('3 triệu yên (3 million yen)')
    expect(await dialog.getByTestId('guideline-figure-vi').textContent()).toContain('Một số lượng, số tiền, ngày tháng hoặc tỷ lệ phần trăm')
    expect(await dialog.getByTestId('guideline-figure-vi').textContent()).toContain('520 nghìn người')
    expect(await dialog.locator('section h3').allTextContents()).toEqual(['Commitment', 'Agreement', 'Figure'])

    await dialog.getByRole('button', { name: 'Edit the guideline of Figure' }).click()
    const vi = dialog.getByRole('group', { name: 'Tiếng Việt' })
    await vi.getByRole('textbox', { name: 'Definition' }).fill('Con số kèm đơn vị, kể cả năm.')
    await vi.getByRole('textbox', { name: /Examples/ }).fill('3 triệu yên\nnăm 2050\n\n05 văn kiện')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.getByRole('button', { name: 'Edit the guideline of Figure' }).waitFor()

    const figure = labelsOnDisk(app).find((l) => l.id === 'figure')
    expect(figure?.guidelines?.vi).toEqual({ definition: 'Con số kèm đơn vị, kể cả năm.', examples: ['3 triệu yên', 'năm 2050', '05 văn kiện'] })
    expect(figure?.guidelines?.en.definition).toContain('A quantity, amount, date or percentage')

    await page.reload()
    await page.locator('article p').first().waitFor()
    await page.keyboard.press('F1')
    expect(await dialog.getByTestId('guideline-figure-vi').locator('li').allTextContents()).toEqual(['3 triệu yên', 'năm 2050', '05 văn kiện'])
  })
})
