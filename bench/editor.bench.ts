/**
 * The editor in Chromium through the e2e harness, on a generated article of 1 MB
 * with 10,000 spans (three labels, a tenth nested). Every paint clock is the
 * paint probe's (bench/paint-probe.ts): it starts at the key press or click and
 * ends only in the first frame whose highlight registry holds the new ranges,
 * checked before that frame was drawn. A mark whose highlight never appears is
 * not recorded: it is counted and the bench fails. The selection clock is the
 * page's own mark (src-renderer/app/perf.ts, on when localStorage
 * "spanwright:perf" is "1"); the heap comes from the DevTools protocol after a GC.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serialize } from 'node:v8'
import type { Page } from 'playwright-core'
import { asColumns } from '../src-main/shell/window-api'
import { openApp } from '../tests/e2e/harness'
import { makeLongWorkspace } from '../tests/support/long-workspace'
import { median, percentile, round, type Figure } from './measure'
import { armPaintProbe, installPaintProbe, readPaintProbe, type ProbeResult, type ProbeStart } from './paint-probe'

const OPENS = 7
const UNCACHED_OPENS = 5
const KEYPRESSES = 100
const MOUSE_TAGS = 60
const DRAGS = 30
const CLONES = 20

interface PerfDom {
  localStorage: { setItem(key: string, value: string): void }
  performance: {
    getEntriesByName(name: string): Array<{ duration: number; startTime: number }>
    clearMeasures(): void
    clearMarks(): void
  }
}

const durations = (page: Page, name: string): Promise<number[]> =>
  page.evaluate((n) => (globalThis as unknown as PerfDom).performance.getEntriesByName(n).map((e) => e.duration), name)

/** Arms the probe, does `act`, and returns the mark; throws when the highlight never appeared. */
async function probe(page: Page, what: string, texts: readonly string[], startOn: ProbeStart, act: () => Promise<void>): Promise<ProbeResult> {
  await armPaintProbe(page, texts, startOn)
  await act()
  const result = await readPaintProbe(page)
  if (!result) throw new Error(`${what}: no highlight of ${JSON.stringify(texts)} appeared within 5 s; no mark recorded`)
  return result
}

/** The text under the keyboard caret, as drawn. */
const caretText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const cursor = CSS.highlights.get('sw-cursor')
    const first = cursor ? [...cursor][0] : undefined
    return first ? first.toString() : ''
  })

/** Whether a span's highlight already holds the caret's exact range (a label key there adds nothing new to draw). */
const caretTaken = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const cursor = CSS.highlights.get('sw-cursor')
    const c = cursor ? [...cursor][0] : undefined
    if (!c || !(c instanceof Range)) return false
    for (const [name, highlight] of CSS.highlights) {
      if (name === 'sw-cursor') continue
      for (const r of highlight) {
        if (r instanceof Range && r.compareBoundaryPoints(Range.START_TO_START, c) === 0 && r.compareBoundaryPoints(Range.END_TO_END, c) === 0) return true
      }
    }
    return false
  })

/**
 * First paint of a document this window has not opened before (a new window: nothing kept in
 * it), so its text and spans cross IPC; the service still has it in memory. The page shows the
 * workspace's second (short) document first; the long one is the first in the list.
 */
async function uncachedFirstPaints(page: Page, firstScreen: readonly string[], spans: number): Promise<number[]> {
  const documents = page.getByRole('navigation', { name: 'Documents' }).locator('button.doc')
  const count = page.locator('[aria-labelledby="span-panel-heading"] .count')
  const uncached: number[] = []
  for (let i = 0; i < UNCACHED_OPENS; i++) {
    await documents.nth(1).click()
    await count.filter({ hasText: /^0$/ }).waitFor()
    await page.reload()
    await count.filter({ hasText: /^0$/ }).waitFor()
    await nextFrame(page)
    uncached.push((await probe(page, 'first paint (uncached)', firstScreen, 'click', () => documents.nth(0).click())).ms)
  }
  await count.filter({ hasText: String(spans) }).waitFor()
  return uncached
}

/** The same article run together into 200 paragraphs of ~5 kB (as the document), in a window of its own. */
async function uncached200Paragraphs(root: string): Promise<number[]> {
  const long = await makeLongWorkspace(join(root, 'workspace-200p'), { paragraphs: 200 })
  const app = await openApp({ workspace: long.dir, viewport: { width: 1440, height: 900 } })
  try {
    await installPaintProbe(app.page)
    const firstScreen = (await app.services.openDocument({ docId: long.longId })).spans.slice(0, 5).map((s) => s.text)
    return await uncachedFirstPaints(app.page, firstScreen, long.spans)
  } finally {
    await app.close()
  }
}

const nextFrame = (page: Page): Promise<unknown> => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))

export async function editorBench(): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'spanwright-bench-editor-'))
  try {
    const paragraphs200 = await uncached200Paragraphs(root)
    const long = await makeLongWorkspace(join(root, 'workspace'))
    const app = await openApp({ workspace: long.dir, viewport: { width: 1440, height: 900 } })
    const { page } = app
    try {
      await installPaintProbe(page)
      await page.evaluate(() => (globalThis as unknown as PerfDom).localStorage.setItem('spanwright:perf', '1'))
      await page.reload()
      await page.locator('article p').first().waitFor()
      const count = page.locator('[aria-labelledby="span-panel-heading"] .count')
      await count.filter({ hasText: String(long.spans) }).waitFor()

      // On paper, what Electron's IPC would do with the open payload (what the window receives:
      // shell/window-api.ts sends the spans as columns): a structured clone in Node.
      const payload = await app.services.openDocument({ docId: long.longId })
      const sent = asColumns(payload)
      const clones: number[] = []
      for (let i = 0; i < CLONES; i++) {
        const t0 = performance.now()
        structuredClone(sent)
        clones.push(performance.now() - t0)
      }
      const payloadBytes = serialize(sent).length

      // Heap after opening the long document, once its suggestions have arrived (not racing them) and garbage is collected.
      await page.locator('section[aria-labelledby="suggestions-heading"][aria-busy="false"]').waitFor()
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('HeapProfiler.collectGarbage')
      const heap = await cdp.send('Runtime.getHeapUsage')

      // First paint: from the click on the document in the list to the frame holding the highlights of its
      // first spans (so its first screen of text is drawn too).
      const firstScreen = payload.spans.slice(0, 5).map((s) => s.text)
      const documents = page.getByRole('navigation', { name: 'Documents' }).locator('button.doc')
      const openShort = async (): Promise<void> => {
        await documents.nth(1).click()
        await count.filter({ hasText: /^0$/ }).waitFor()
        await nextFrame(page)
      }
      const firstPaints: number[] = []
      const drawing: number[] = []
      for (let i = 0; i < OPENS; i++) {
        await openShort()
        await page.evaluate(() => (globalThis as unknown as PerfDom).performance.clearMarks())
        const mark = await probe(page, 'first paint', firstScreen, 'click', () => documents.nth(0).click())
        firstPaints.push(mark.ms)
        const received = await page.evaluate(() => (globalThis as unknown as PerfDom).performance.getEntriesByName('sw:received')[0]?.startTime ?? null)
        if (received !== null) drawing.push(mark.end - received)
      }

      const uncached = await uncachedFirstPaints(page, firstScreen, long.spans)
      const saved = page.locator('[data-save-state="saved"]')
      // The caret keys work in the text: the focus goes there, as a Tab or a click would take it.
      await page.locator('article.text').focus()

      // Keyboard: the caret moves one word on, a label key tags it. Each press comes once the caret's
      // move is drawn and the previous tag is on disk, as at an analyst's pace.
      const keypresses: number[] = []
      const keyFrames: number[] = []
      for (let i = 0; i < KEYPRESSES; i++) {
        // A word already spanned exactly would draw nothing new: step on to a free one.
        for (let step = 0; step < 20; step++) {
          await page.keyboard.press('ArrowRight')
          await nextFrame(page)
          if (!(await caretTaken(page))) break
        }
        await saved.waitFor()
        const word = await caretText(page)
        const mark = await probe(page, 'keyboard tag', [word], 'keydown', () => page.keyboard.press('3'))
        keypresses.push(mark.ms)
        keyFrames.push(mark.frames)
      }

      // Mouse: a double-click selects a word, a label key tags it.
      const box = await page.locator('main article').boundingBox()
      if (!box) throw new Error('the reader is not shown')
      const mouseTags: number[] = []
      const mouseFrames: number[] = []
      for (let i = 0; i < MOUSE_TAGS; i++) {
        await saved.waitFor()
        const x = box.x + 40 + ((i * 97) % Math.max(1, box.width - 120))
        const y = 160 + ((i * 53) % 600)
        await page.mouse.dblclick(x, y)
        await nextFrame(page)
        const word = await page.evaluate(() => document.getSelection()?.toString().trim() ?? '')
        if (!/^\p{L}+$/u.test(word)) continue // a whole word, not punctuation or the gap between paragraphs
        const mark = await probe(page, `mouse tag of ${JSON.stringify(word)}`, [word], 'keydown', () => page.keyboard.press('3'))
        mouseTags.push(mark.ms)
        mouseFrames.push(mark.frames)
        await page.keyboard.press('Escape')
      }

      // Selection to offsets: every selection change of real mouse drags over the text.
      await page.evaluate(() => (globalThis as unknown as PerfDom).performance.clearMeasures())
      for (let i = 0; i < DRAGS; i++) {
        const y = box.y + 120 + ((i * 37) % 600)
        await page.mouse.move(box.x + box.width * 0.3, y)
        await page.mouse.down()
        await page.mouse.move(box.x + box.width * 0.6, y + 60, { steps: 6 })
        await page.mouse.up()
      }
      const selections = await durations(page, 'sw:selection-to-offsets')

      return [
        { bench: 'editor.first_paint_ms', value: round(median(firstPaints)), unit: 'ms', target: 100 },
        { bench: 'editor.keypress_to_paint_ms', value: round(median(keypresses)), unit: 'ms', target: 16 },
        { bench: 'editor.keypress_to_paint_p95_ms', value: round(percentile(keypresses, 0.95)), unit: 'ms', target: 33 },
        { bench: 'editor.keypress_to_paint_frames', value: median(keyFrames), unit: 'frames', target: 1 },
        { bench: 'editor.mouse_tag_to_paint_ms', value: round(median(mouseTags)), unit: 'ms', target: 16 },
        { bench: 'editor.mouse_tag_to_paint_p95_ms', value: round(percentile(mouseTags, 0.95)), unit: 'ms', target: 33 },
        { bench: 'editor.mouse_tag_to_paint_frames', value: median(mouseFrames), unit: 'frames', target: 1 },
        { bench: 'editor.selection_to_offsets_ms', value: round(median(selections), 3), unit: 'ms', target: 1 },
        { bench: 'editor.first_paint_uncached_ms', value: round(median(uncached)), unit: 'ms', target: 100 },
        { bench: 'editor.first_paint_uncached_200p_ms', value: round(median(paragraphs200)), unit: 'ms', target: 100 },
        // Of first paint, the part after the document arrived (the rest is the IPC call and the service reading it).
        { bench: 'editor.first_paint_drawing_ms', value: round(median(drawing)), unit: 'ms', target: 100 },
        // What the open payload costs Electron, on paper: Node's structured clone of it, and its size serialized.
        { bench: 'editor.open_payload_clone_ms', value: round(median(clones)), unit: 'ms', target: 16 },
        { bench: 'editor.open_payload_mb', value: round(payloadBytes / 2 ** 20, 2), unit: 'mb', target: 1.5 },
        { bench: 'editor.heap_mb', value: round(heap.usedSize / 2 ** 20, 1), unit: 'mb', target: 60 },
      ]
    } finally {
      await app.close()
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
