/**
 * docs/review.png and docs/agreement.png: a workspace annotated by "lan"
 * reviewed against "minh"'s export of the same seed articles
 * (tests/fixtures/compare), driven through the real window with the menu
 * command, keys and clicks. Run: `node --import tsx scripts/agreement-screenshot.ts`
 * (after `npm run build`).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openApp } from '../tests/e2e/harness'
import { annotateWorkspace, exportWorkspace, waitForDecisions } from '../tests/e2e/helpers/review'
import { lanSpans, minhSpans } from '../tests/e2e/helpers/review-corpus'

const docs = (name: string): string => fileURLToPath(new URL(`../docs/${name}`, import.meta.url))
const root = await mkdtemp(join(tmpdir(), 'spanwright-review-shot-'))
const workspace = join(root, 'lan')
const theirs = join(root, 'minh.jsonl')
await annotateWorkspace(workspace, 'lan', lanSpans)
await annotateWorkspace(join(root, 'minh'), 'minh', minhSpans)
await exportWorkspace(join(root, 'minh'), theirs)
const app = await openApp({ workspace, annotator: 'lan', viewport: { width: 1440, height: 900 }, openDialog: () => [theirs] })
const { page } = app
try {
  await page.locator('article[lang="vi"] p').first().waitFor()
  await app.sendCommand('review-compare-file')
  await page.getByTestId('difference-bar').waitFor()
  await page.locator('[data-testid="review-mode"] nav button', { hasText: 'Thúc đẩy' }).click()
  await page.getByText('Difference 1 of').waitFor()
  // Decide the first differences with their keys, then step to the next one to decide.
  for (const key of ['b', 'k', 'a']) await page.keyboard.press(key)
  await waitForDecisions(page, ['accept_b', 'keep_both', 'accept_a', '', '', '', ''])
  await page.keyboard.press('n')
  await page.waitForTimeout(600) // the smooth scroll to the current difference
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.mouse.move(700, 880)
  await page.screenshot({ path: docs('review.png') })
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.getByRole('tab', { name: 'Agreement' }).click()
  await page.getByTestId('agreement-view').waitFor()
  // Tall enough to show the whole view, down to the documents with the lowest agreement.
  await page.setViewportSize({ width: 1440, height: 1240 })
  await page.mouse.move(1430, 1230)
  await page.screenshot({ path: docs('agreement.png') })
  if (app.pageErrors.length) throw new Error(`the page logged errors: ${app.pageErrors.join('; ')}`)
  console.log(`wrote ${docs('review.png')} and ${docs('agreement.png')}`)
} finally {
  await app.close()
  await rm(root, { recursive: true, force: true })
}
