/**
 * The README's tour: the editor in light and dark mode, in English and in
 * Vietnamese, on a seed article with commitment, agreement and figure spans (one
 * nested) and a corpus part done. Writes docs/tour-{light,dark}-{en,vi}.png, and the
 * layout at the window's default size and at its minimum (side panels as drawers):
 * docs/tour-1280.png, docs/tour-900.png.
 *
 *   npm run build && node --import tsx scripts/tour-screenshots.ts
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Services } from '../src-main/services'
import { openApp } from '../tests/e2e/harness'
import { addSpan } from '../tests/support/span-edits'

const docsDir = fileURLToPath(new URL('../docs/', import.meta.url))
const root = mkdtempSync(join(tmpdir(), 'spanwright-tour-'))
const workspace = join(root, 'workspace')

/** Code point offsets of `phrase` in `text` (its `occurrence`-th appearance). */
function find(text: string, phrase: string, occurrence = 0): { start: number; end: number } {
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(phrase, at + 1)
  if (at < 0) throw new Error(`the tour article has no "${phrase}"`)
  const start = [...text.slice(0, at)].length
  return { start, end: start + [...phrase].length }
}

async function annotate(services: Services): Promise<string> {
  const docs = await services.listDocuments({})
  const first = docs[0]!.id
  const { text } = await services.openDocument({ docId: first })
  const spans: Array<[string, string]> = [
    ['figure', 'Ngày 27/2'],
    ['agreement', 'kỷ niệm 50 năm hai nước thiết lập quan hệ ngoại giao'],
    ['figure', '50 năm'],
    ['commitment', 'sẵn sàng hợp tác cùng Nhật Bản trong thực hiện các cam kết, mục tiêu toàn cầu'],
    ['commitment', 'Phó Thủ tướng cũng dành nhiều thời gian trao đổi về tiềm năng hợp tác giữa hai nước'],
    ['figure', 'bằng 0'],
  ]
  for (const [label, phrase] of spans) await addSpan(services, { docId: first, ...find(text, phrase), label, snap: 'token' })
  await services.setDocumentStatus({ docId: first, status: 'in_progress' })
  await services.setDocumentStatus({ docId: docs[2]!.id, status: 'done' })
  await services.setDocumentStatus({ docId: docs[3]!.id, status: 'skipped' })
  return first
}

try {
  let annotated = false
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'vi'] as const) {
      const app = await openApp({ workspace, colorScheme, locale: lang === 'vi' ? 'vi-VN' : 'en-GB', viewport: { width: 1440, height: 900 } })
      try {
        if (!annotated) {
          await annotate(app.services)
          annotated = true
        }
        await app.page.reload()
        await app.page.locator('article [data-start]').first().waitFor()
        await app.page.evaluate(() => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready)
        // Select the nested figure from the span panel, so the selected look is in the tour too.
        await app.page.locator('[aria-labelledby="span-panel-heading"] li').nth(2).locator('button').first().click()
        await app.page.mouse.move(0, 0)
        await app.page.waitForTimeout(300)
        const file = join(docsDir, `tour-${colorScheme}-${lang}.png`)
        await app.page.screenshot({ path: file })
        console.log(`wrote ${file}`)
        if (app.pageErrors.length) throw new Error(`the page reported errors: ${app.pageErrors.join('; ')}`)
      } finally {
        await app.close()
      }
    }
  }
  // The window's default size, and its minimum: there the side panels are drawers behind their toolbar buttons.
  for (const size of [
    { width: 1280, height: 820 },
    { width: 900, height: 600 },
  ]) {
    const app = await openApp({ workspace, locale: 'en-GB', viewport: size })
    try {
      await app.page.locator('article [data-start]').first().waitFor()
      await app.page.evaluate(() => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready)
      if (size.width >= 1000) await app.page.locator('[aria-labelledby="span-panel-heading"] li').nth(2).locator('button').first().click()
      await app.page.mouse.move(0, 0)
      await app.page.waitForTimeout(300)
      const file = join(docsDir, `tour-${size.width}.png`)
      await app.page.screenshot({ path: file })
      console.log(`wrote ${file}`)
      if (app.pageErrors.length) throw new Error(`the page reported errors: ${app.pageErrors.join('; ')}`)
    } finally {
      await app.close()
    }
  }
} finally {
  rmSync(root, { recursive: true, force: true })
}
