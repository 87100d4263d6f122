/**
 * `npm run screenshot:suggestions`: docs/suggestions.png, a seed article with its
 * suggestions drawn as ghost spans (one accepted as a span already, one current)
 * and the span panel's suggestions list with scores and reasons.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openApp } from '../tests/e2e/harness'
import { waitForSaved } from '../tests/e2e/helpers/page'
import { waitForGhosts } from '../tests/e2e/helpers/suggestions'

const out = fileURLToPath(new URL('../docs/suggestions.png', import.meta.url))
const workspace = await mkdtemp(join(tmpdir(), 'spanwright-suggestions-'))
const app = await openApp({ workspace, viewport: { width: 1280, height: 820 } })
const { page } = app
try {
  await page.locator('article[lang="vi"] p').first().waitFor()
  await waitForGhosts(page)
  // The second suggestion accepted (a span beside the ghosts), which makes the third current.
  await page.keyboard.press('n')
  await page.keyboard.press('n')
  await page.keyboard.press('a')
  await waitForSaved(page)
  await page.locator('main').evaluate((main) => (main.scrollTop = 0))
  await page.mouse.move(640, 810)
  await page.screenshot({ path: out })
  if (app.pageErrors.length) throw new Error(`the page logged errors: ${app.pageErrors.join('; ')}`)
  console.log(`wrote ${out}`)
} finally {
  await app.close()
  await rm(workspace, { recursive: true, force: true })
}
