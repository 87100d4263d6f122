/**
 * An honest "until it is on screen" clock for CSS Custom Highlight renderers
 * (Spanwright's and recogito's alike), run inside the page.
 *
 * A mark starts at an event's own timestamp (the key press or click that asks for
 * the change) and ends only in a frame whose highlight registry was checked,
 * before that frame was drawn, to hold a range for every text asked for beyond
 * what it held when the probe was armed. The check runs in a requestAnimationFrame
 * callback registered one frame ahead, so it runs before the app's own callbacks of
 * that frame: a range added by them is counted one frame late, never early. The end
 * is taken in a task posted from that callback, which runs once the frame is drawn.
 * A highlight that never appears records nothing.
 *
 * The result is awaited inside the page (one evaluation, made before the mark ends),
 * not polled with Playwright's waitForFunction: that one compiles Playwright's injected
 * script into the page on its first use after a load, 30–170 ms of the page's main
 * thread in the middle of an open measured right after a reload.
 */
import type { Page } from 'playwright-core'

export type ProbeStart = 'keydown' | 'click' | 'now'

export interface ProbeResult {
  /** Milliseconds from the start event to the end of the frame holding the ranges. */
  ms: number
  /** Frames drawn between the start and that frame, that one included. */
  frames: number
  /** performance.now() at the end, to set against the page's own marks. */
  end: number
}

/** Page-side source: defines `globalThis.__paintProbe`. Plain functions only (it is sent as text). */
export const PAINT_PROBE_SOURCE = `(() => {
  if (globalThis.__paintProbe) return
  let state = null
  const countRanges = (text) => {
    let n = 0
    const registry = globalThis.CSS && CSS.highlights
    if (!registry) return 0
    for (const highlight of registry.values()) {
      for (const range of highlight) if (range.toString() === text) n++
    }
    return n
  }
  const holdsAll = (s) => s.texts.every((t, i) => countRanges(t) > s.baseline[i])
  const onFrame = () => {
    const s = state
    if (!s || s.result) return
    if (s.start !== null) {
      s.frames++
      if (holdsAll(s)) {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          const end = performance.now()
          if (!s.result) s.result = { ms: end - s.start, frames: s.frames, end }
          for (const done of s.waiting.splice(0)) done(s.result)
        }
        channel.port2.postMessage(null)
        return
      }
    }
    requestAnimationFrame(onFrame)
  }
  const begin = (event) => {
    const s = state
    if (s && s.start === null && s.startOn === event.type) s.start = event.timeStamp
  }
  addEventListener('keydown', begin, true)
  addEventListener('click', begin, true)
  globalThis.__paintProbe = {
    arm(texts, startOn) {
      state = { texts, baseline: texts.map(countRanges), start: startOn === 'now' ? performance.now() : null, startOn, frames: 0, result: null, waiting: [] }
      requestAnimationFrame(onFrame)
    },
    read() {
      return state ? state.result : null
    },
    wait(timeoutMs) {
      const s = state
      if (!s || s.result) return Promise.resolve(s ? s.result : null)
      return new Promise((resolve) => {
        s.waiting.push(resolve)
        setTimeout(() => resolve(null), timeoutMs)
      })
    },
    count: countRanges,
  }
})()`

interface ProbeWindow {
  __paintProbe: {
    arm(texts: string[], startOn: ProbeStart): void
    read(): ProbeResult | null
    wait(timeoutMs: number): Promise<ProbeResult | null>
    count(text: string): number
  }
}

/** Installs the probe in this page and in every page it loads later. */
export async function installPaintProbe(page: Page): Promise<void> {
  await page.addInitScript({ content: PAINT_PROBE_SOURCE })
  await page.evaluate(PAINT_PROBE_SOURCE)
}

/** Arms the probe: the mark starts at the next `startOn` event (or now) and waits for a new range of each text. */
export async function armPaintProbe(page: Page, texts: readonly string[], startOn: ProbeStart): Promise<void> {
  await page.evaluate(([t, s]) => (globalThis as unknown as ProbeWindow).__paintProbe.arm(t, s), [[...texts], startOn] as [string[], ProbeStart])
}

/**
 * The armed mark once its frame is drawn, or null when the highlight did not
 * appear within `timeoutMs` (nothing is recorded for it).
 */
export async function readPaintProbe(page: Page, timeoutMs = 5_000): Promise<ProbeResult | null> {
  return page.evaluate((ms) => (globalThis as unknown as ProbeWindow).__paintProbe.wait(ms), timeoutMs)
}

/** How many ranges in the page's highlight registry hold exactly `text`. */
export const countHighlighted = (page: Page, text: string): Promise<number> => page.evaluate((t) => (globalThis as unknown as ProbeWindow).__paintProbe.count(t), text)
