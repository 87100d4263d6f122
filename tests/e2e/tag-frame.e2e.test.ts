/**
 * A tag's frame (issue 14, "one frame"): between the label key and the frame that
 * draws the new span, the window forces no layout (the DevTools timeline shows none
 * in the key's task), changes nothing around the text but the save state (the panel,
 * the bottom line and the label buttons' tooltips follow a frame later), and the highlights change by difference: a
 * Range for the new span and one for the selection, not every ghost span drawn again.
 * Spans are highlighted near the screen only, since every highlighted paragraph is
 * painted again whenever any highlight changes.
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { armPaintProbe, installPaintProbe, readPaintProbe } from '../../bench/paint-probe'
import { makeLongWorkspace } from '../support/long-workspace'
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

/**
 * From the next key press to the first frame after it, what changed in the page
 * outside the text (a source string: see harness notes).
 */
const WATCH_AROUND_THE_TEXT = `(() => {
  const seen = []
  globalThis.__aroundTheText = seen
  const note = (records) => {
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement
      if (!el || el.closest('article.text')) continue
      const where = el.closest('[data-save-state]') ? 'save state' : el.outerHTML.slice(0, 80)
      seen.push(r.type + ' ' + (r.attributeName ?? '') + ' in ' + where)
    }
  }
  const observer = new MutationObserver(note)
  addEventListener('keydown', () => {
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
    requestAnimationFrame(() => {
      note(observer.takeRecords())
      observer.disconnect()
    })
  }, { capture: true, once: true })
})()`

/** Span ranges drawn far from the reader's screen (more than three quarters of a screen away), and those on it. */
const rangesAroundScreen = (page: Page): Promise<{ far: string[]; onScreen: number }> =>
  page.evaluate(() => {
    const reader = document.querySelector('main')?.getBoundingClientRect()
    if (!reader) throw new Error('no reader')
    const reach = reader.height * 0.75
    const far: string[] = []
    let onScreen = 0
    for (const name of ['sw-commitment', 'sw-agreement', 'sw-figure']) {
      for (const range of CSS.highlights.get(name) ?? []) {
        const r = (range as Range).getBoundingClientRect()
        if (r.bottom < reader.top - reach || r.top > reader.bottom + reach) far.push(`${range.toString()} at y ${Math.round(r.top)}`)
        else if (r.bottom > reader.top && r.top < reader.bottom) onScreen++
      }
    }
    return { far, onScreen }
  })

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
    // Ghosts near the screen are drawn (enough that drawing them all again would show below).
    expect(ghosts).toBeGreaterThan(2)
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

  it('changes nothing around the text before the frame that draws the span', async () => {
    const { page, word } = await caretOnAWord()
    await page.evaluate(WATCH_AROUND_THE_TEXT)
    await page.keyboard.press('3')
    const mark = await readPaintProbe(page)
    expect(mark, `the figure "${word}" is drawn`).not.toBeNull()
    expect(mark?.frames, 'drawn in the first frame after the key').toBe(1)
    // Only the save state changes with the span (it never says "saved" while an edit is only in memory),
    // and only by its attributes: which of its words shows, not their text, so nothing is laid out again.
    const around = await page.evaluate(() => (globalThis as unknown as { __aroundTheText: string[] }).__aroundTheText)
    expect(around.filter((change) => !/^attributes \S+ in save state$/.test(change))).toEqual([])
    // A frame later the rest follows: the panel lists the span, the bottom line catches up.
    await expect.poll(() => page.locator('#span-panel li.row', { hasText: word }).count()).toBeGreaterThan(0)
    await waitForSaved(page)
  })

  it('highlights the spans near the screen only, and those of a new screen once scrolled there', async () => {
    const long = await makeLongWorkspace(folders.next())
    app = await openSeeded(long.dir)
    const { page } = app
    await expect.poll(async () => (await rangesAroundScreen(page)).onScreen).toBeGreaterThan(0)
    expect((await rangesAroundScreen(page)).far).toEqual([])
    await page.mouse.move(640, 450)
    for (const dy of [700, 2500, -1200]) {
      await page.mouse.wheel(0, dy)
      await expect.poll(async () => (await rangesAroundScreen(page)).onScreen, { message: `after a scroll of ${dy} px` }).toBeGreaterThan(0)
      expect((await rangesAroundScreen(page)).far, `after a scroll of ${dy} px`).toEqual([])
    }
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
