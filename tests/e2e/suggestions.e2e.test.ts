/**
 * Suggestions in the window (issue 12): ghost spans drawn apart from spans, N/P
 * to step, A to accept, X to reject, Shift+A for every sure one, Ctrl+Z for each;
 * the per-label toggle and the panel's list. Real keys, then the files on disk.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Suggestion } from '../../src-main/api'
import { DEFAULT_THRESHOLD } from '../../src-main/core/suggest/combine'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { drawnText, pressAndSave, waitForDrawn } from './helpers/editor'
import { drawnHighlights, waitForSaved } from './helpers/page'
import { ghostCount, ghosts, labelToggle, suggestionRows, suggestionSettings, thresholdField, waitForGhosts } from './helpers/suggestions'
import { spansOnDisk } from './helpers/workspace-files'

const folders = workspaces('suggestions')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

/**
 * Opens the seeded app and waits for the first document's ghost spans; its suggestions as the services give them.
 * The window is tall enough to show the whole article: ghosts, as spans, are drawn near the screen only.
 */
async function openWithGhosts(workspace = folders.next()): Promise<{ a: OpenedApp; docId: string; offered: Suggestion[] }> {
  const a = (app = await openSeeded(workspace, { viewport: { width: 1280, height: 4000 } }))
  await waitForGhosts(a.page)
  const docId = a.docIds[0] as string
  const offered = (await a.services.suggestDocument({ docId })).suggestions
  return { a, docId, offered }
}

const at = (s: { start: number; end: number; label: string }): string => `${s.label}:${s.start}-${s.end}`

describe('suggestions in the window', () => {
  it('N makes the first suggestion current, A accepts it as a suggested span with its score, Ctrl+Z takes it back', async () => {
    const { a, docId, offered } = await openWithGhosts()
    const first = offered[0] as Suggestion
    const before = await ghostCount(a.page)
    expect(before).toBe(offered.length)

    await a.page.keyboard.press('n')
    await waitForDrawn(a.page, 'sw-suggest-current', first.text)
    await pressAndSave(a.page, 'a')
    const spans = spansOnDisk(a.workspace, docId)
    expect(spans.map((s) => ({ at: at(s), origin: s.origin, attributes: s.attributes }))).toEqual([
      { at: at(first), origin: 'suggested', attributes: { score: first.score } },
    ])
    // Drawn as a span now, no longer as a ghost; the next suggestion is current.
    expect((await drawnHighlights(a.page))[`sw-${first.label}`]).toEqual([first.text])
    expect(await ghostCount(a.page)).toBe(before - 1)
    await waitForDrawn(a.page, 'sw-suggest-current', (offered[1] as Suggestion).text)

    await pressAndSave(a.page, 'Control+z')
    expect(spansOnDisk(a.workspace, docId)).toEqual([])
    expect(await ghostCount(a.page)).toBe(before)
  })

  it('X rejects the current suggestion: remembered on disk, gone now and after reopening; Ctrl+Z restores it', async () => {
    const workspace = folders.next()
    const { a, docId, offered } = await openWithGhosts(workspace)
    const first = offered[0] as Suggestion
    await a.page.keyboard.press('n')
    await waitForDrawn(a.page, 'sw-suggest-current', first.text)
    await a.page.keyboard.press('x')
    await expect.poll(() => suggestionSettings(workspace).rejected).toEqual([{ documentId: docId, start: first.start, end: first.end, label: first.label }])
    expect(await ghostCount(a.page)).toBe(offered.length - 1)
    expect(Object.values(await ghosts(a.page)).flat()).not.toContain(first.text)

    // Undone: no longer listed, offered again.
    await a.page.keyboard.press('Control+z')
    await expect.poll(() => suggestionSettings(workspace).rejected).toEqual([])
    await expect.poll(() => ghostCount(a.page)).toBe(offered.length)
    // Redone, then the app closed and opened again: not offered.
    await a.page.keyboard.press('Control+Shift+Z')
    await expect.poll(() => suggestionSettings(workspace).rejected).toHaveLength(1)
    await a.close()
    app = undefined
    const again = await openWithGhosts(workspace)
    expect(again.offered.map(at)).not.toContain(at(first))
    expect(Object.values(await ghosts(again.a.page)).flat()).not.toContain(first.text)
    expect(await ghostCount(again.a.page)).toBe(offered.length - 1)
  })

  it('Shift+A accepts every suggestion at or above its threshold in one step; one Ctrl+Z removes them all', async () => {
    // A stricter threshold for one label, set the way the CLI sets it, then the app opened again.
    const workspace = folders.next()
    const seeded = await openWithGhosts(workspace)
    const strict = Math.max(...seeded.offered.filter((s) => s.label === 'commitment').map((s) => s.score)) + 0.05
    await seeded.a.services.setSuggestionThreshold({ label: 'commitment', threshold: strict })
    await seeded.a.close()
    app = undefined
    const { a, docId, offered } = await openWithGhosts(workspace)
    const threshold = (s: Suggestion): number => (s.label === 'commitment' ? strict : DEFAULT_THRESHOLD)
    const sure = offered.filter((s) => s.score >= threshold(s))
    const rows = await suggestionRows(a.page)
    expect(rows.filter((r) => !r.faint)).toHaveLength(sure.length)
    expect(rows.filter((r) => r.faint).length).toBeGreaterThan(0)
    expect((await ghosts(a.page))['sw-suggest-commitment-faint']?.length).toBeGreaterThan(0)
    expect(sure.length).toBeGreaterThan(1)

    await pressAndSave(a.page, 'Shift+A')
    const spans = spansOnDisk(a.workspace, docId)
    expect(spans.map(at).sort()).toEqual(sure.map(at).sort())
    expect(spans.every((s) => s.origin === 'suggested')).toBe(true)
    expect(await ghostCount(a.page)).toBe(offered.length - sure.length)

    await pressAndSave(a.page, 'Control+z')
    expect(spansOnDisk(a.workspace, docId)).toEqual([])
  })

  it('a label’s threshold typed in the panel is stored in the workspace and decides which rows are sure', async () => {
    const { a, offered } = await openWithGhosts()
    const figures = offered.filter((s) => s.label === 'figure')
    const strict = Math.min(95, Math.round(Math.max(...figures.map((s) => s.score)) * 100))
    const field = thresholdField(a.page, 'Figure')
    expect(await field.inputValue()).toBe(String(DEFAULT_THRESHOLD * 100))
    await field.fill(String(strict))
    await field.press('Enter')
    await expect.poll(() => suggestionSettings(a.workspace)?.thresholds).toEqual({ figure: strict / 100 })
    const sure = offered.filter((s) => s.score >= (s.label === 'figure' ? strict / 100 : DEFAULT_THRESHOLD))
    await expect.poll(async () => (await suggestionRows(a.page)).filter((r) => !r.faint).length).toBe(sure.length)
  })

  it('right after a document is opened from the list, N and A work without a click in the text', async () => {
    const { a, offered } = await openWithGhosts()
    const docs = a.page.getByRole('navigation', { name: 'Documents' }).locator('button.doc')
    await docs.nth(1).click()
    await docs.nth(0).click()
    await waitForGhosts(a.page)
    await a.page.keyboard.press('n')
    await waitForDrawn(a.page, 'sw-suggest-current', (offered[0] as Suggestion).text)
    await pressAndSave(a.page, 'a')
    expect(spansOnDisk(a.workspace, a.docIds[0] as string).map((s) => s.origin)).toEqual(['suggested'])
  })

  it('a label’s toggle hides its ghosts, and N skips them', async () => {
    const { a, offered } = await openWithGhosts()
    const figures = offered.filter((s) => s.label === 'figure')
    const others = offered.filter((s) => s.label !== 'figure')
    expect(figures.length).toBeGreaterThan(0)
    expect(others.length).toBeGreaterThan(1)

    await labelToggle(a.page, 'Figure').uncheck()
    expect((await ghosts(a.page))['sw-suggest-figure']).toEqual([])
    expect(await ghostCount(a.page)).toBe(others.length)
    await a.page.locator('article[lang="vi"]').focus()
    const visited: (string | null)[] = []
    for (let i = 0; i < offered.length; i++) {
      await a.page.keyboard.press('n')
      visited.push(await drawnText(a.page, 'sw-suggest-current'))
    }
    expect(new Set(visited)).toEqual(new Set(others.map((s) => s.text)))
    await labelToggle(a.page, 'Figure').check()
    expect((await ghosts(a.page))['sw-suggest-figure']).toHaveLength(figures.length)
  })

  it('the panel lists each suggestion with its score and reason; a click makes it current', async () => {
    const { a, offered } = await openWithGhosts()
    const rows = await suggestionRows(a.page)
    expect(rows.map((r) => ({ text: r.text, score: r.score }))).toEqual(offered.map((s) => ({ text: s.text, score: `${Math.round(s.score * 100)}%` })))
    expect(rows.map((r) => r.reason)).toEqual(offered.map((s) => s.reasons.map((r) => (r.kind === 'rule' ? `rule ${r.rule}` : r.kind === 'memory' ? `seen ${r.seen}×` : 'model')).join(', ')))
    const last = offered.at(-1) as Suggestion
    await a.page.locator('[aria-labelledby="suggestions-heading"] li button.pick').last().click()
    await waitForDrawn(a.page, 'sw-suggest-current', last.text)
    expect((await suggestionRows(a.page)).at(-1)?.current).toBe(true)
    await waitForSaved(a.page)
  })

  it('the panel’s section is busy while a document’s suggestions are looked for, and not once they are listed', async () => {
    const { a } = await openWithGhosts()
    const section = a.page.locator('section[aria-labelledby="suggestions-heading"]')
    expect(await section.getAttribute('aria-busy')).toBe('false')
    // Every value the attribute takes from here on, in order.
    await section.evaluate((el) => {
      const seen: string[] = []
      ;(window as unknown as { __busy: string[] }).__busy = seen
      new MutationObserver(() => seen.push(el.getAttribute('aria-busy') ?? '')).observe(el, { attributes: true, attributeFilter: ['aria-busy'] })
    })
    const docId = a.docIds[1] as string
    const offered = (await a.services.suggestDocument({ docId })).suggestions
    expect(offered.length).toBeGreaterThan(0)
    await a.page.getByRole('navigation', { name: 'Documents' }).locator('button.doc').nth(1).click()
    await expect.poll(async () => (await suggestionRows(a.page)).map((r) => r.text)).toContain((offered[0] as Suggestion).text)
    await expect.poll(() => section.getAttribute('aria-busy')).toBe('false')
    expect(await a.page.evaluate(() => (window as unknown as { __busy: string[] }).__busy)).toEqual(['true', 'false'])
  })
})
