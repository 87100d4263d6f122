/**
 * Review mode as a reviewer uses it: lan's workspace against minh's export of it
 * (the same file with a relabel, a boundary, a span removed and one added),
 * opened from the menu, stepped through with n/p, decided with one key each,
 * undone and redone with Ctrl+Z / Ctrl+Shift+Z; the gold spans are checked in
 * the workspace's document file, and the review is resumed after a restart.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { panelRowCount } from './helpers/page'
import {
  annotateWorkspace,
  currentDifference,
  differenceRows,
  editJsonl,
  exportWorkspace,
  isCurrentVisible,
  waitForCurrent,
  waitForDecisions,
  type RecordSpan,
} from './helpers/review'
import { readIndex } from './helpers/workspace-files'

const folders = workspaces('review')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const TITLE = 'Thúc đẩy cụ thể hóa khuôn khổ Đối tác chiến lược toàn diện Việt Nam - Nhật Bản'
const BOUNDARY_A = 'tạo nền tảng quan trọng cho quan hệ Việt Nam - Nhật Bản trong 50 năm tiếp theo'
const BOUNDARY_B = 'tạo nền tảng quan trọng cho quan hệ Việt Nam - Nhật Bản'
const MATCH = '50 năm tiếp theo'
const ONLY_A = 'hơn 500 hoạt động'
const RELABEL = 'triển khai các thỏa thuận giữa lãnh đạo cấp cao'
// Near the end of the article: stepping to it scrolls the text.
const ONLY_B = 'hai bên tiếp tục ủng hộ lẫn nhau tại các diễn đàn đa phương'

interface GoldSpan {
  start: number
  end: number
  label: string
  text: string
  origin: string
  attributes: { annotators?: string[] }
}

/** The document's spans in its file on disk, as any other tool reads them. */
function spansInFile(workspace: string, docId: string): GoldSpan[] {
  return (JSON.parse(readFileSync(join(workspace, 'documents', `${docId}.json`), 'utf8')) as { spans: GoldSpan[] }).spans
}
const brief = (spans: readonly GoldSpan[]): string[] =>
  spans.map((s) => `${s.text} | ${s.label} | ${s.origin}${s.attributes.annotators ? ` | ${s.attributes.annotators.join('+')}` : ''}`).sort()

/** Code point offsets of `needle` in `text` (FORMAT.md's offsets). */
function locate(text: string, needle: string): { start: number; end: number } {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`the article has no "${needle}"`)
  const start = [...text.slice(0, at)].length
  return { start, end: start + [...needle].length }
}

/**
 * lan's workspace with five spans in one article, and minh's copy of lan's
 * export with minh's changes. Answers the workspace, minh's file and the article's id.
 */
async function twoAnnotators(root: string): Promise<{ workspace: string; theirs: string; docId: string }> {
  const workspace = join(root, 'lan')
  let docId = ''
  await annotateWorkspace(workspace, 'lan', (id, text) => {
    if (!text.startsWith(TITLE)) return []
    docId = id
    return [
      { ...locate(text, BOUNDARY_A), label: 'commitment' },
      { ...locate(text, MATCH), label: 'figure' },
      { ...locate(text, ONLY_A), label: 'figure' },
      { ...locate(text, RELABEL), label: 'commitment' },
    ]
  })
  const theirs = join(root, 'minh.jsonl')
  await exportWorkspace(workspace, theirs)
  editJsonl(theirs, (record) => {
    const mine = (s: RecordSpan): RecordSpan => ({ ...s, annotator: 'minh' }) as RecordSpan
    if (record.id !== docId) return { ...record, annotator: 'minh', spans: record.spans.map(mine) }
    const template = record.spans[0] as RecordSpan
    const spans = record.spans
      .filter((s) => s.text !== ONLY_A)
      .map((s) => (s.text === RELABEL ? { ...s, label: 'agreement' } : s.text === BOUNDARY_A ? { ...s, ...locate(record.text, BOUNDARY_B), text: BOUNDARY_B } : s))
      .concat({ ...template, id: 'minh-added', ...locate(record.text, ONLY_B), label: 'commitment', text: ONLY_B })
      .map(mine)
      .sort((x, y) => x.start - y.start || x.end - y.end || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0))
    return { ...record, annotator: 'minh', spans }
  })
  return { workspace, theirs, docId }
}

describe('Review mode', () => {
  it('opens minh’s file from the menu, steps with n/p, decides with a, b, k, d, builds the gold spans on disk and undoes with Ctrl+Z', async () => {
    const { workspace, theirs, docId } = await twoAnnotators(folders.next())
    app = await openSeeded(workspace, { annotator: 'lan', openDialog: (kind) => (kind === 'files' ? [theirs] : []) })
    const { page } = app

    await app.sendCommand('review-compare-file')
    const review = page.getByTestId('review-mode')
    await review.waitFor()
    await expect.poll(() => review.getByRole('heading', { level: 2 }).first().textContent()).toContain('Documents')
    expect(await page.getByText('Reviewing against minh.jsonl').count()).toBe(1)
    // The only document with differences is opened at its first one.
    await page.getByText('Difference 1 of 4').waitFor()
    expect(await review.locator(`nav button[data-doc-id="${docId}"]`).getAttribute('aria-current')).toBe('page')
    await waitForCurrent(page, [BOUNDARY_A, BOUNDARY_B])
    expect((await differenceRows(page)).map((r) => r.class)).toEqual(['boundary', 'only_a', 'relabel', 'only_b'])
    // Every class has its own highlight; the match is drawn but is not a difference to decide.
    const marks = await page.evaluate(() => {
      const out: Record<string, number> = {}
      CSS.highlights.forEach((h, name) => {
        if (name.startsWith('sw-review-')) out[name] = h.size
      })
      return out
    })
    expect(marks).toMatchObject({ 'sw-review-match': 1, 'sw-review-boundary': 2, 'sw-review-only_a': 1, 'sw-review-relabel': 1, 'sw-review-only_b': 1 })

    // n and p step through the differences; the current one is scrolled into view.
    await page.keyboard.press('n')
    await waitForCurrent(page, [ONLY_A])
    await page.keyboard.press('n')
    await waitForCurrent(page, [RELABEL])
    await page.keyboard.press('n')
    await waitForCurrent(page, [ONLY_B])
    await page.getByText('Difference 4 of 4').waitFor()
    await expect.poll(() => isCurrentVisible(page)).toBe(true)
    await page.keyboard.press('p')
    await waitForCurrent(page, [RELABEL])

    // Back to the first with the mouse (the list), then one key per decision; each moves on to the next one.
    await page.locator('[aria-labelledby="difference-list-heading"] li').first().getByRole('button').click()
    await waitForCurrent(page, [BOUNDARY_A, BOUNDARY_B])
    for (const key of ['k', 'd', 'b', 'b']) await page.keyboard.press(key)
    await waitForDecisions(page, ['keep_both', 'drop_both', 'accept_b', 'accept_b'])
    expect(await page.getByRole('button', { name: /Keep both/ }).getAttribute('aria-keyshortcuts')).toBe('k')

    const gold = [
      `${BOUNDARY_A} | commitment | merged | lan`,
      `${BOUNDARY_B} | commitment | merged | minh`,
      `${MATCH} | figure | merged | lan+minh`,
      `${RELABEL} | agreement | merged | minh`,
      `${ONLY_B} | commitment | merged | minh`,
    ].sort()
    expect(brief(spansInFile(workspace, docId))).toEqual(gold)

    // Ctrl+Z re-decides the previous value: minh's added span leaves the gold, then the relabel goes back to lan's span.
    await page.keyboard.press('Control+z')
    await waitForDecisions(page, ['keep_both', 'drop_both', 'accept_b', ''])
    await waitForCurrent(page, [ONLY_B])
    expect(brief(spansInFile(workspace, docId))).toEqual(gold.filter((s) => !s.startsWith(ONLY_B)))
    await page.keyboard.press('Control+z')
    await waitForDecisions(page, ['keep_both', 'drop_both', '', ''])
    await waitForCurrent(page, [RELABEL])
    expect(brief(spansInFile(workspace, docId))).toContain(`${RELABEL} | commitment | manual`)
    await page.keyboard.press('Control+Shift+z')
    await waitForDecisions(page, ['keep_both', 'drop_both', 'accept_b', ''])
    expect(brief(spansInFile(workspace, docId))).toEqual(gold.filter((s) => !s.startsWith(ONLY_B)))
    expect(await currentDifference(page)).toEqual([RELABEL])

    // Closing Review mode shows the editor again, with the document's gold spans.
    await page.getByRole('button', { name: 'Close review' }).click()
    await review.waitFor({ state: 'detached' })
    await page.locator('nav button', { hasText: 'Thúc đẩy cụ thể hóa' }).click()
    await expect.poll(() => panelRowCount(page)).toBe(4)
    await expect.poll(() => readIndex(workspace).documents.find((d) => d.id === docId)?.span_count).toBe(4)
  })

  it('after a restart offers to resume the review, with every decision kept', async () => {
    const { workspace, theirs, docId } = await twoAnnotators(folders.next())
    app = await openSeeded(workspace, { annotator: 'lan', openDialog: () => [theirs] })
    await app.sendCommand('review-compare-file')
    await app.page.getByText('Difference 1 of 4').waitFor()
    await app.page.keyboard.press('a')
    await app.page.keyboard.press('a')
    await waitForDecisions(app.page, ['accept_a', 'accept_a', '', ''])
    await app.close()

    app = await openSeeded(workspace, { annotator: 'lan' })
    const offer = app.page.getByRole('region', { name: 'Review mode' })
    await offer.waitFor()
    expect(await offer.textContent()).toContain('A review against minh.jsonl is under way: 2 decisions in 1 document.')
    await offer.getByRole('button', { name: 'Resume review' }).click()
    // It opens the document at the first difference still to decide.
    await app.page.getByText('Difference 3 of 4').waitFor()
    expect(await app.page.locator(`[data-testid="review-mode"] nav button[data-doc-id="${docId}"]`).getAttribute('aria-current')).toBe('page')
    await waitForDecisions(app.page, ['accept_a', 'accept_a', '', ''])
    await waitForCurrent(app.page, [RELABEL])
    expect(brief(spansInFile(workspace, docId)).filter((s) => s.includes('merged'))).toEqual(
      [`${BOUNDARY_A} | commitment | merged | lan`, `${MATCH} | figure | merged | lan+minh`, `${ONLY_A} | figure | merged | lan`].sort(),
    )
  })
})
