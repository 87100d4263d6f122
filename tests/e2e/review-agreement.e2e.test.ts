/**
 * The agreement view, checked the way a reviewer would check it: every figure
 * it shows against `spanwright agree --json` and `spanwright diff --json` run on
 * the same two inputs (lan's workspace and minh's workspace folder), and the
 * documents with the lowest agreement against the API; clicking the lowest one
 * opens it in Review mode.
 */
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { annotateWorkspace, differenceRows, spanwrightJson } from './helpers/review'
import { lanSpans, minhSpans } from './helpers/review-corpus'

const folders = workspaces('review-agreement')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

type Scores = { precision: number | null; recall: number | null; f1: number | null }
interface AgreeJson {
  documents: number
  labels: Record<string, { exact: Scores; partial: Scores; kappa: number | null; alpha: number | null }>
  micro: { exact: Scores; partial: Scores }
  mean_kappa: number | null
  mean_alpha: number | null
}
interface DiffJson {
  counts: Record<string, number>
  documents: Record<string, { differences?: Array<{ class: string; a: { label: string } | null; b: { label: string } | null }> }>
}

/** As the view prints a figure: three decimals, or n/a when it is undefined. */
const shown = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(3) === '-0.000' ? '0.000' : value.toFixed(3))

describe('the agreement view', () => {
  it('shows the figures of `spanwright agree` and `diff` per label, with n/a for undefined ones, and opens the lowest-agreement document for review', async () => {
    const root = folders.next()
    const ours = join(root, 'lan')
    const theirs = join(root, 'minh')
    await annotateWorkspace(ours, 'lan', lanSpans)
    await annotateWorkspace(theirs, 'minh', minhSpans)
    const agree = await spanwrightJson<AgreeJson>(['agree', ours, theirs, '--json'])
    const diff = await spanwrightJson<DiffJson>(['diff', ours, theirs, '--json'])

    app = await openSeeded(ours, { annotator: 'lan', openDialog: (kind) => (kind === 'folder' ? [theirs] : []) })
    const { page } = app
    await app.sendCommand('review-compare-folder')
    await page.getByTestId('review-mode').waitFor()
    // Straight to the agreement tab, while the first document may still be loading.
    await page.getByRole('tab', { name: 'Agreement' }).click()
    const view = page.getByTestId('agreement-view')
    await view.waitFor()

    // The micro-averaged F1 and the means.
    const tiles = { 'micro-exact': agree.micro.exact.f1, 'micro-partial': agree.micro.partial.f1, 'mean-kappa': agree.mean_kappa, 'mean-alpha': agree.mean_alpha }
    for (const [id, value] of Object.entries(tiles)) expect((await view.locator(`[data-figure="${id}"] dd`).textContent())?.trim(), id).toBe(shown(value))

    // Per label κ, α and F1 (exact, partial), in the order the CLI lists the labels.
    const chart = page.getByTestId('agreement-chart')
    await chart.waitFor()
    expect(await chart.locator('tbody').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-label')))).toEqual(Object.keys(agree.labels))
    const printed: string[] = []
    for (const [label, f] of Object.entries(agree.labels)) {
      const expected = { kappa: f.kappa, alpha: f.alpha, exact: f.exact.f1, partial: f.partial.f1 }
      for (const [metric, value] of Object.entries(expected)) {
        const cell = chart.locator(`tbody[data-label="${label}"] tr[data-metric="${metric}"] td.value`)
        printed.push(`${label} ${metric} ${(await cell.textContent())?.trim()}`)
        expect(printed.at(-1)).toBe(`${label} ${metric} ${shown(value)}`)
        // A bar is drawn for every defined figure and never for an undefined one.
        expect(await chart.locator(`tbody[data-label="${label}"] tr[data-metric="${metric}"] .bar`).count(), `${label} ${metric}`).toBe(value === null ? 0 : 1)
      }
    }
    // minh's "date" label is one lan never used: its F1 is undefined, shown as n/a and not as 0.
    expect(printed).toContain('date exact n/a')
    expect(await chart.getByRole('row', { name: /Cohen’s κ/ }).count()).toBe(Object.keys(agree.labels).length)

    // Spans by class, as `diff --json` counts them.
    for (const [cls, n] of Object.entries(diff.counts)) expect(await view.locator(`[data-class="${cls}"] .n`).textContent(), cls).toBe(String(n))

    // The relabel confusion table: A's label (rows) against B's (columns).
    const relabels = new Map<string, number>()
    for (const doc of Object.values(diff.documents)) {
      for (const d of doc.differences ?? []) if (d.class === 'relabel' && d.a && d.b) relabels.set(`${d.a.label}>${d.b.label}`, (relabels.get(`${d.a.label}>${d.b.label}`) ?? 0) + 1)
    }
    expect(relabels.size).toBeGreaterThan(1)
    const cells = await page.getByTestId('relabel-table').locator('td').evaluateAll((tds) =>
      tds.map((td) => [`${td.getAttribute('data-a')}>${td.getAttribute('data-b')}`, td.textContent?.trim() ?? '']),
    )
    const nonZero = cells.filter(([, n]) => n !== '0' && n !== '—')
    expect(Object.fromEntries(nonZero)).toEqual(Object.fromEntries([...relabels].map(([k, n]) => [k, String(n)])))

    // The documents with the lowest agreement: mean κ per document as the API gives it, lowest first.
    const comparison = await app.services.compareWith({ path: theirs })
    const paired = comparison.documents.filter((d) => d.present === 'both')
    const differencesOf = (d: (typeof paired)[number]): number => d.counts.relabel + d.counts.boundary + d.counts.only_a + d.counts.only_b
    // Lowest κ first; among equals, more differences first, then workspace order (sort is stable).
    const byKappa = [...paired].sort((x, y) => (x.agreement?.mean_kappa ?? 2) - (y.agreement?.mean_kappa ?? 2) || differencesOf(y) - differencesOf(x))
    const rows = page.getByTestId('lowest-agreement').locator('tbody tr')
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-doc-id')))).toEqual(byKappa.map((d) => d.id))
    for (const doc of byKappa) {
      const row = page.locator(`[data-testid="lowest-agreement"] tr[data-doc-id="${doc.id}"]`)
      for (const metric of ['mean_kappa', 'mean_alpha', 'exact_f1', 'partial_f1'] as const) {
        expect(await row.locator(`td[data-metric="${metric}"]`).textContent(), `${doc.title} ${metric}`).toBe(shown(doc.agreement?.[metric] ?? null))
      }
    }

    // A click on the lowest row opens that document in Review mode.
    const lowest = byKappa[0]
    if (!lowest) throw new Error('no paired document')
    await rows.first().click()
    await view.waitFor({ state: 'detached' })
    expect(await page.getByRole('tab', { name: 'Differences' }).getAttribute('aria-selected')).toBe('true')
    expect(await page.locator(`[data-testid="review-mode"] nav button[data-doc-id="${lowest.id}"]`).getAttribute('aria-current')).toBe('page')
    const differences = differencesOf(lowest)
    await expect.poll(async () => (await differenceRows(page)).length).toBe(differences)
    await page.getByText(`Difference 1 of ${differences}`).waitFor()
  })
})
