/**
 * Tagging with the mouse and the keyboard: a drag selects text, a label key or a
 * toolbar button turns it into a span. Every check of the result reads the files
 * the app wrote, then what the window draws and lists.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { dragBetween, dragSelect, drawnHighlights, panelRows, selectedText, tagWithKey, waitForPanelRows } from './helpers/page'
import { codePointSlice, findInWorkspace, readDocument, readIndex, spansOnDisk } from './helpers/workspace-files'

const folders = workspaces('tagging')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const firstDoc = (a: OpenedApp): string => a.docIds[0] as string

/** Every span on disk covers exactly the code points its offsets name. */
function expectTextsMatchOffsets(a: OpenedApp, docId: string): void {
  const { text, spans } = readDocument(a.workspace, docId)
  for (const span of spans) expect(span.text).toBe(codePointSlice(text, span.start, span.end))
}

describe('tagging a selection', () => {
  it('key 1 after dragging over parts of words stores a commitment widened to whole words, then draws, lists and selects it', async () => {
    app = await openSeeded(folders.next())
    const phrase = 'sẵn sàng hợp tác cùng Nhật Bản trong thực hiện các cam kết'
    // From inside "sẵn" to inside "kết": the service snaps both ends outward to whole tokens.
    await dragSelect(app.page, { text: phrase, from: 1, to: phrase.length - 1 })
    expect(await selectedText(app.page)).toBe(phrase.slice(1, -1))
    await app.page.keyboard.press('1')
    await waitForPanelRows(app.page, 1)

    const expected = findInWorkspace(app.workspace, phrase)
    const [span, ...others] = spansOnDisk(app.workspace, firstDoc(app))
    expect(others).toEqual([])
    expect(span).toMatchObject({ label: 'commitment', start: expected.start, end: expected.end, text: phrase })
    expectTextsMatchOffsets(app, firstDoc(app))

    const { page } = app
    await expect.poll(() => panelRows(page)).toEqual([{ label: 'Commitment', text: phrase, selected: true }])
    const drawn = await drawnHighlights(app.page)
    expect(drawn['sw-commitment']).toEqual([phrase])
    expect(drawn['sw-selected']).toEqual([phrase])
    expect(await selectedText(app.page)).toBe('')
    // The index's span count is a cache written just after the document file.
    const workspace = app.workspace
    await expect.poll(() => readIndex(workspace).documents[0]?.span_count).toBe(1)
    expect(await app.page.locator('nav li').first().textContent()).toContain('1 span')
  })

  it('keys 2 and 3 store an agreement and a figure, each drawn in its own highlight', async () => {
    app = await openSeeded(folders.next())
    const cases = [
      { key: '2', label: 'agreement', name: 'Agreement', text: 'thiết lập quan hệ ngoại giao' },
      { key: '3', label: 'figure', name: 'Figure', text: 'Ngày 27/2' },
    ]
    for (const c of cases) await tagWithKey(app.page, { text: c.text }, c.key)

    const onDisk = spansOnDisk(app.workspace, firstDoc(app))
    expect(onDisk.map((s) => [s.label, s.text]).sort()).toEqual(cases.map((c) => [c.label, c.text]).sort())
    expectTextsMatchOffsets(app, firstDoc(app))
    const drawn = await drawnHighlights(app.page)
    for (const c of cases) expect(drawn[`sw-${c.label}`]).toEqual([c.text])
    // The panel lists spans in text order: "Ngày 27/2" comes first in the article.
    expect((await panelRows(app.page)).map((r) => [r.label, r.text])).toEqual([
      ['Figure', 'Ngày 27/2'],
      ['Agreement', 'thiết lập quan hệ ngoại giao'],
    ])
  })

  it('clicking a label button in the toolbar tags the selection like its key does', async () => {
    app = await openSeeded(folders.next())
    await dragSelect(app.page, { text: 'trụ sở Chính phủ' })
    await app.page.getByRole('toolbar', { name: 'Labels and actions' }).getByRole('button', { name: /Agreement/ }).click()
    await waitForPanelRows(app.page, 1)
    expect(spansOnDisk(app.workspace, firstDoc(app))).toMatchObject([{ label: 'agreement', text: 'trụ sở Chính phủ' }])
    expect((await drawnHighlights(app.page))['sw-agreement']).toEqual(['trụ sở Chính phủ'])
  })

  it('a figure nested inside a commitment is stored, listed and drawn alongside it', async () => {
    app = await openSeeded(folders.next())
    const outer = 'thúc đẩy quan hệ Việt Nam-Nhật Bản nhân kỷ niệm 50 năm hai nước thiết lập quan hệ ngoại giao'
    await tagWithKey(app.page, { text: outer }, '1')
    await tagWithKey(app.page, { text: '50 năm' }, '3')

    const [commitment, figure, ...rest] = spansOnDisk(app.workspace, firstDoc(app))
    expect(rest).toEqual([])
    expect(commitment).toMatchObject({ label: 'commitment', text: outer })
    expect(figure).toMatchObject({ label: 'figure', text: '50 năm' })
    expect(commitment && figure && commitment.start < figure.start && figure.end < commitment.end).toBe(true)
    expectTextsMatchOffsets(app, firstDoc(app))

    const { page } = app
    await expect.poll(() => panelRows(page)).toEqual([
      { label: 'Commitment', text: outer, selected: false },
      { label: 'Figure', text: '50 năm', selected: true },
    ])
    const drawn = await drawnHighlights(app.page)
    expect(drawn['sw-commitment']).toEqual([outer])
    expect(drawn['sw-figure']).toEqual(['50 năm'])
  })

  it('holding Alt while releasing the mouse keeps exactly the characters dragged over', async () => {
    app = await openSeeded(folders.next())
    const word = 'Takebe'
    await dragSelect(app.page, { text: word, from: 1, to: 4 }, { alt: true })
    await app.page.keyboard.press('1')
    await waitForPanelRows(app.page, 1)
    expect(spansOnDisk(app.workspace, firstDoc(app))).toMatchObject([{ label: 'commitment', text: 'ake' }])
    expectTextsMatchOffsets(app, firstDoc(app))
  })

  it('a selection spanning two paragraphs becomes one span whose text holds the line break', async () => {
    app = await openSeeded(folders.next())
    const { text } = readDocument(app.workspace, firstDoc(app))
    await dragBetween(app.page, { text: 'Chu Văn' }, { text: 'Ngày 27/2' })
    await app.page.keyboard.press('3')
    await waitForPanelRows(app.page, 1)
    const [span] = spansOnDisk(app.workspace, firstDoc(app))
    expect(span?.text).toBe('Chu Văn\nNgày 27/2')
    expect(span?.text).toBe(codePointSlice(text, span?.start ?? 0, span?.end ?? 0))
    // The DOM has no line break between paragraphs; the drawn range covers both lines.
    expect((await drawnHighlights(app.page))['sw-figure']).toEqual(['Chu VănNgày 27/2'])
  })
})

