/**
 * Where a tag's frame goes: the 1 MB / 10,000-span document, keyboard caret or a
 * double-clicked word (or, "fresh", as bench:peers tags: a reloaded window, the
 * document opened, tags at once), key 3, traced with the DevTools timeline and the
 * sampling profiler. Prints, per tag (median over the tags), the main thread's CPU
 * time from the key's dispatch to the end of the frame holding the new highlight,
 * split into script / style / layout / paint, and the JS functions with the most
 * self time. CPU time moves less than wall time when other jobs share the cores.
 *
 *   npm run build && node --import tsx scripts/profile-tag.mts [keys|mouse|fresh] [tags]
 *
 * PROFILE_OFF=1: no tracing, only the paint clock's median and p95. PROFILE_NAMES=1: by
 * event name too. PROFILE_TREE=<ms>: the JS call tree. PROFILE_TRACE=<file>: the trace.
 */
import { writeFileSync } from 'node:fs'
import { armPaintProbe, installPaintProbe, readPaintProbe } from '../bench/paint-probe'
import { readPeerDocument } from '../bench/peers/peer-document'
import { prepareSpanwright } from '../bench/peers/sides'
import { tagWord } from '../bench/peers/pick-word'
import { withLongWindow } from './long-window'
import { breakdown, median, nextFrame, printTree, trace, type ProfileNode, type TraceEvent } from './trace-breakdown'

const mode = process.argv[2] === 'mouse' ? 'mouse' : process.argv[2] === 'fresh' ? 'fresh' : 'keys'
const TAGS = Number(process.argv[3] ?? 30)

await withLongWindow('profile-tag', async (app, long) => {
  const { page } = app
  await installPaintProbe(page)
  await page.locator('article p').first().waitFor()
  const count = page.locator('[aria-labelledby="span-panel-heading"] .count')
  await count.filter({ hasText: String(long.spans) }).waitFor()
  const saved = page.locator('[data-save-state="saved"]')
  await page.locator('article.text').focus()
  const box = await page.locator('main article').boundingBox()
  if (!box) throw new Error('the reader is not shown')
  const documents = page.getByRole('navigation', { name: 'Documents' }).locator('button.doc')
  if (mode === 'fresh') {
    // As bench:peers tags: a window reloaded on the other document, a click on the long one, then tags at once.
    await prepareSpanwright(app)
    await documents.nth(1).click()
    await count.filter({ hasText: /^0$/ }).waitFor()
    await page.reload()
    await count.filter({ hasText: /^0$/ }).waitFor()
  } else {
    // Let the suggestions worker train and the window settle, as the bench does by the time it tags.
    await page.waitForTimeout(3000)
  }
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  const marks: Array<{ ms: number; frames: number }> = []
  const cpuProfiles: Array<{ nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }> = []
  const events = await trace(cdp, async () => {
    if (mode === 'fresh') {
      const firstTexts = readPeerDocument(long.dir, long.longId).firstTexts
      await armPaintProbe(page, firstTexts, 'click')
      await documents.nth(0).click()
      const open = await readPaintProbe(page, 60_000)
      console.log(`opened in ${open?.ms.toFixed(0)} ms`)
      await count.filter({ hasText: String(long.spans) }).waitFor()
      const taken: string[] = []
      for (let k = 0; k < TAGS; k++) {
        await cdp.send('Profiler.start')
        const ms = await tagWord(page, 'Spanwright', 'article.text', taken)
        cpuProfiles.push((await cdp.send('Profiler.stop')).profile as never)
        marks.push({ ms, frames: 0 })
        await saved.waitFor()
      }
      console.log(`tags: ${marks.map((m) => m.ms.toFixed(0)).join(' ')}`)
      return
    }
    let i = 0
    for (let tries = 0; marks.length < TAGS && tries < TAGS * 4; tries++, i++) {
      await saved.waitFor()
      let word = ''
      if (mode === 'keys') {
        await page.keyboard.press('ArrowRight')
        await nextFrame(page)
        word = await page.evaluate(() => {
          const c = CSS.highlights.get('sw-cursor')
          const r = c ? [...c][0] : undefined
          return r ? r.toString() : ''
        })
      } else {
        await page.mouse.dblclick(box.x + 40 + ((i * 97) % Math.max(1, box.width - 120)), 160 + ((i * 53) % 600))
        await nextFrame(page)
        word = await page.evaluate(() => document.getSelection()?.toString().trim() ?? '')
        if (!/^\p{L}+$/u.test(word)) continue
      }
      await page.evaluate(() => performance.mark('profile:before'))
      await armPaintProbe(page, [word], 'keydown')
      if (!process.env.PROFILE_OFF) await cdp.send('Profiler.start')
      await page.keyboard.press('3')
      const mark = await readPaintProbe(page)
      if (!process.env.PROFILE_OFF) cpuProfiles.push((await cdp.send('Profiler.stop')).profile as never)
      if (mode === 'mouse') await page.keyboard.press('Escape')
      if (!mark) continue
      marks.push({ ms: mark.ms, frames: mark.frames })
    }
  })
  if (process.env.PROFILE_OFF) {
    const ms = marks.map((m) => m.ms).sort((a, b) => a - b)
    console.log(`${mode}: ${ms.length} tags, median ${median(ms).toFixed(1)} ms, p95 ${(ms[Math.ceil(ms.length * 0.95) - 1] ?? 0).toFixed(1)}, frames ${median(marks.map((m) => m.frames))}`)
  } else {
    // The renderer's main thread: the one that dispatched the key events.
    const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown' && e.ph === 'X')
    const tid = (keydowns[0] as TraceEvent).tid
    const threes = keydowns.filter((_, k) => (mode === 'keys' ? k % 2 === 1 : true))
    const cats: Record<string, number[]> = {}
    const window = mode !== 'mouse' ? threes : keydowns.filter((e, k) => k % 2 === 0 && e)
    window.slice(0, marks.length).forEach((e, k) => {
      const b = breakdown(events, tid, e.ts, e.ts + (marks[k] as { ms: number }).ms * 1000)
      for (const [cat, us] of Object.entries(b)) (cats[cat] ??= []).push(us / 1000)
    })
    console.log(`${mode}: ${marks.length} tags, mark median ${median(marks.map((m) => m.ms)).toFixed(1)} ms, frames ${median(marks.map((m) => m.frames))}`)
    console.log('main thread CPU (self) time from the key to the end of its frame (median per tag, ms):')
    for (const [cat, xs] of Object.entries(cats).sort((a, b) => median(b[1]) - median(a[1]))) console.log(`  ${cat.padEnd(8)} ${median(xs).toFixed(2)}  (max ${Math.max(...xs).toFixed(1)})`)
    // JS self time by function, summed over every tag's profile.
    const self = new Map<string, number>()
    const chains = new Map<string, number>()
    let total = 0
    const label = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`
    for (const p of cpuProfiles) {
      const byId = new Map(p.nodes.map((n) => [n.id, n]))
      const parentOf = new Map<number, number>()
      for (const n of p.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id)
      if (process.env.PROFILE_CHAINS)
        p.samples.forEach((id, k) => {
          const path: string[] = []
          for (let at: number | undefined = id; at !== undefined && path.length < 8; at = parentOf.get(at)) path.push(label(byId.get(at) as ProfileNode))
          if (path[0]?.startsWith('(idle)') || path[0]?.startsWith('(program)')) return
          const key = path.join(' < ')
          chains.set(key, (chains.get(key) ?? 0) + (p.timeDeltas[k] ?? 0) / 1000)
        })
      p.samples.forEach((id, k) => {
        const n = byId.get(id)
        if (!n) return
        const f = n.callFrame
        if (f.functionName === '(idle)' || f.functionName === '(program)') return
        const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`
        const dt = (p.timeDeltas[k] ?? 0) / 1000
        self.set(key, (self.get(key) ?? 0) + dt)
        total += dt
      })
    }
    console.log(`JS self time over the ${cpuProfiles.length} profiles (${(total / cpuProfiles.length).toFixed(2)} ms a tag), top functions, ms a tag:`)
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(v / cpuProfiles.length).toFixed(2).padStart(6)}  ${k}`)
    if (process.env.PROFILE_TREE) printTree(cpuProfiles, Number(process.env.PROFILE_TREE))
    for (const [k, v] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(v / cpuProfiles.length).toFixed(2).padStart(6)}  ${k}`)
    if (process.env.PROFILE_TRACE) writeFileSync(process.env.PROFILE_TRACE, JSON.stringify({ traceEvents: events }))
  }
})
