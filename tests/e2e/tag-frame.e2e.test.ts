/**
 * A tag's frame (issue 14, "one frame"): between the label key and the frame that
 * draws the new span, the window forces no layout (the DevTools timeline shows none
 * in the key's task), and the highlights change by difference: a Range for the new
 * span and one for the selection, not every ghost span drawn again.
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { armPaintProbe, installPaintProbe, readPaintProbe } from '../../bench/paint-probe'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { waitForSaved } from './helpers/page'
import { ghostCount, waitForGhosts } from './helpers/suggestions'

const folders = workspaces('tag-frame')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  tid: number
  args?: { data?: { type?: string } }
}

/** Counts Highlight.add and Highlight.delete calls in the page from now on (a source string: see harness notes). */
const COUNT_HIGHLIGHT_CHANGES = `(() => {
  const counts = { add: 0, delete: 0 }
  const proto = Highlight.prototype
  const add = proto.add
  const del = proto.delete
  proto.add = function (range) { counts.add++; return add.call(this, range) }
  proto.delete = function (range) { counts.delete++; return del.call(this, range) }
  globalThis.__highlightChanges = counts
})()`

const highlightChanges = (page: Page): Promise<{ add: number; delete: number }> =>
  page.evaluate(() => ({ ...(globalThis as unknown as { __highlightChanges: { add: number; delete: number } }).__highlightChanges }))

/** The word under the keyboard caret, as drawn. */
const caretWord = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const cursor = CSS.highlights.get('sw-cursor')
    const first = cursor ? [...cursor][0] : undefined
    return first ? first.toString() : ''
  })

/** Opens the seeded workspace with its ghosts drawn, puts the caret on the second word and arms the paint clock for it. */
async function caretOnAWord(): Promise<{ page: Page; word: string }> {
  const a = (app = await openSeeded(folders.next()))
  const { page } = a
  await waitForGhosts(page)
  await installPaintProbe(page)
  await page.locator('article.text').focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  const word = await caretWord(page)
  expect(word).toMatch(/^\p{L}+$/u)
  await armPaintProbe(page, [word], 'keydown')
  return { page, word }
}

describe("a tag's frame", () => {
  it('changes the highlights by one range for the span and one for the selection, not every ghost again', async () => {
    const { page, word } = await caretOnAWord()
    const ghosts = await ghostCount(page)
    expect(ghosts).toBeGreaterThan(5)
    await page.evaluate(COUNT_HIGHLIGHT_CHANGES)
    await page.keyboard.press('3')
    const mark = await readPaintProbe(page)
    expect(mark, `the figure "${word}" is drawn`).not.toBeNull()
    const changes = await highlightChanges(page)
    // The new figure and the selection outline; a ghost it covers may go (a delete), none is drawn again.
    expect(changes.add).toBeLessThanOrEqual(2)
    expect(changes.delete).toBeLessThanOrEqual(1)
    await waitForSaved(page)
  })

  it('forces no style or layout in the key press task: the frame lays the page out once', async () => {
    const { page, word } = await caretOnAWord()
    const cdp = await page.context().newCDPSession(page)
    const events: TraceEvent[] = []
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])))
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] } })
    await page.keyboard.press('3')
    const mark = await readPaintProbe(page)
    await cdp.send('Tracing.end')
    await complete
    expect(mark, `the figure "${word}" is drawn`).not.toBeNull()

    const keydown = events.find((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'keydown')
    if (!keydown) throw new Error('no keydown in the trace')
    // The task that ran the key's handlers and the microtasks after them (Svelte's effects).
    const task = events.find((e) => e.tid === keydown.tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts <= keydown.ts && e.ts + (e.dur ?? 0) >= keydown.ts + (keydown.dur ?? 0))
    if (!task) throw new Error('no task around the keydown in the trace')
    const end = task.ts + (task.dur ?? 0)
    const forced = events.filter((e) => e.tid === task.tid && (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.ts >= task.ts && e.ts < end)
    expect(forced.map((e) => `${e.name} at +${((e.ts - task.ts) / 1000).toFixed(1)} ms`)).toEqual([])
    await waitForSaved(page)
  })
})
