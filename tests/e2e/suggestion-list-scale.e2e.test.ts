/**
 * A 1 MB document's thousands of suggestions: the panel draws only the rows near
 * its visible part (laying them all out again after every tag held the frame
 * for most of a second), and scrolling still reaches the last one.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { makeLongWorkspace } from '../support/long-workspace'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'

const folders = workspaces('suggestion-list-scale')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

describe('the suggestions of a 1 MB document', () => {
  it('are drawn as the rows in sight, and scrolling reaches the last', async () => {
    const long = await makeLongWorkspace(folders.next())
    app = await openSeeded(long.dir)
    const section = app.page.locator('[aria-labelledby="suggestions-heading"]')
    const rows = section.locator('li.row')
    await rows.first().waitFor({ timeout: 60_000 })
    const offered = (await app.services.suggestDocument({ docId: long.longId })).suggestions
    expect(Number(await section.locator('.count').textContent())).toBeGreaterThan(1000)
    expect(await rows.count()).toBeLessThan(60)

    // The last suggestion in text order that no span of its label overlaps (those are not listed).
    const { spans } = await app.services.openDocument({ docId: long.longId })
    const listed = offered.filter((s) => !spans.some((x) => x.label === s.label && x.start < s.end && s.start < x.end))
    const last = listed.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label)).at(-1)
    expect(last).toBeDefined()

    await section.locator('.scroll').evaluate((list) => (list.scrollTop = list.scrollHeight))
    await expect.poll(() => rows.last().getAttribute('data-suggestion')).toBe(`${last?.start}:${last?.end}:${last?.label}`)
    await expect.poll(() => rows.last().isVisible()).toBe(true)
    expect(await rows.count()).toBeLessThan(60)
  }, 120_000)
})
