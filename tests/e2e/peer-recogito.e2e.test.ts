/**
 * The recogito side of `npm run bench:peers` in real Chromium, on a short document: its
 * open draws the first spans through recogito's CSS Custom Highlights renderer, and a
 * double-clicked word tagged with key 3 is drawn, with the same clock as Spanwright's.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { armPaintProbe, countHighlighted, installPaintProbe, readPaintProbe } from '../../bench/paint-probe'
import { toPeerDocument } from '../../bench/peers/peer-document'
import { buildRecogitoSite } from '../../bench/peers/recogito-site'
import { installWordPicker, tagWord } from '../../bench/peers/pick-word'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness'
import { serveFolder } from './static-server'

const TEXT = 'Hai bên 👩🏽‍💻 đã ký kết văn kiện hợp tác\n\nNgày 27/2 tại Hà Nội, Thủ tướng tiếp Đại sứ\n\nNhật Bản hỗ trợ đào tạo nguồn nhân lực'
const spanAt = (id: string, needle: string): { id: string; start: number; end: number; label: string } => {
  const start = [...TEXT.slice(0, TEXT.indexOf(needle))].length
  return { id, start, end: start + [...needle].length, label: 'agreement' }
}
const DOC = toPeerDocument(TEXT, [spanAt('a', 'ký kết'), spanAt('b', 'Hà Nội'), spanAt('c', 'đào tạo')])

let browser: Browser
let site: { origin: string; close(): Promise<void> }
const root = mkdtempSync(join(tmpdir(), 'spanwright-peer-recogito-'))

beforeAll(async () => {
  await buildRecogitoSite(root, DOC)
  site = await serveFolder(root)
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
  rmSync(root, { recursive: true, force: true })
})

interface PeerWindow {
  __peer: { ready: Promise<void>; open(): void }
}

async function openPeer(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } })
  await installPaintProbe(page)
  await installWordPicker(page)
  await page.goto(`${site.origin}/index.html`)
  await page.evaluate(() => (globalThis as unknown as PeerWindow).__peer.ready)
  return page
}

describe('the recogito page of the peer benchmark', () => {
  it('opens with the first spans drawn on their own words', async () => {
    const page = await openPeer()
    expect(DOC.firstTexts).toEqual(['ký kết', 'Hà Nội', 'đào tạo'])
    await armPaintProbe(page, DOC.firstTexts, 'now')
    await page.evaluate(() => (globalThis as unknown as PeerWindow).__peer.open())
    expect(await readPaintProbe(page)).not.toBeNull()
    for (const text of DOC.firstTexts) expect(await countHighlighted(page, text)).toBe(1)
    await page.close()
  })

  it('draws a double-clicked word once key 3 is pressed, and nothing for key 3 with no selection', async () => {
    const page = await openPeer()
    await page.evaluate(() => (globalThis as unknown as PeerWindow).__peer.open())
    await page.waitForFunction(() => CSS.highlights.size === 3)

    const taken: string[] = []
    expect(await tagWord(page, 'recogito', '#text', taken)).toBeGreaterThan(0)
    // The first word that no span covers, below the top band of the view (the first line sits in it).
    expect(taken).toEqual(['Ngày'])
    expect(await countHighlighted(page, 'Ngày')).toBe(1)

    await armPaintProbe(page, ['bên'], 'keydown')
    await page.keyboard.press('3')
    expect(await readPaintProbe(page, 800)).toBeNull()
    await page.close()
  })
})
