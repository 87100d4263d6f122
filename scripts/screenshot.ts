/**
 * `npm run screenshot`: docs/screenshot.png, a seed article with spans of all three
 * labels (one figure nested in a commitment), tagged through the real window with
 * the mouse and keys, one span selected.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openApp } from '../tests/e2e/harness'
import { clickText, tagWithKey } from '../tests/e2e/helpers/page'

const out = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url))
const workspace = await mkdtemp(join(tmpdir(), 'spanwright-screenshot-'))
const app = await openApp({ workspace, viewport: { width: 1440, height: 900 } })
const { page } = app
try {
  await page.getByRole('button', { name: /^Thúc đẩy cụ thể hóa/ }).click()
  await page.locator('article p').first().filter({ hasText: /^Thúc đẩy/ }).waitFor()
  const tags: Array<[string, string]> = [
    ['Ngày 12/3', '3'],
    ['tạo nền tảng quan trọng cho quan hệ Việt Nam - Nhật Bản trong 50 năm tiếp theo', '1'],
    ['50 năm tiếp theo', '3'],
    ['hơn 500 hoạt động', '3'],
    ['phối hợp chặt chẽ, thúc đẩy cụ thể hóa khuôn khổ quan hệ Đối tác chiến lược toàn diện', '1'],
    ['triển khai các thỏa thuận giữa lãnh đạo cấp cao', '2'],
    ['tiếp tục hợp tác và giúp Việt Nam xây dựng nền kinh tế độc lập, tự chủ', '1'],
  ]
  for (const [text, key] of tags) await tagWithKey(page, { text }, key)
  await page.keyboard.press('Escape')
  await clickText(page, { text: 'hơn 500 hoạt động' })
  // Scroll so the tagged paragraphs fill the view.
  await page.locator('article p', { hasText: /^Tại buổi tiếp/ }).evaluate((p) => {
    const main = p.closest('main')
    if (main) main.scrollTop += p.getBoundingClientRect().top - main.getBoundingClientRect().top - 24
  })
  await page.mouse.move(700, 880)
  await page.screenshot({ path: out })
  if (app.pageErrors.length) throw new Error(`the page logged errors: ${app.pageErrors.join('; ')}`)
  console.log(`wrote ${out}`)
} finally {
  await app.close()
  await rm(workspace, { recursive: true, force: true })
}
