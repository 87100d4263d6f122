/**
 * The export dialog: format, filters, a seeded split, strict; the progress bar
 * goes once it is done; dropped spans are listed; Escape closes without asking
 * where to save. Files are checked on disk against the services' own export.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSeeded, workspaces, type OpenedApp } from './helpers/app'
import { tagWithKey } from './helpers/page'
import { spansOnDisk, tempDir } from './helpers/workspace-files'

const folders = workspaces('export-dialog')
let app: OpenedApp
const asked: string[] = []
let answer: string | null = null

beforeAll(async () => {
  app = await openSeeded(folders.next(), {
    saveDialog: (name) => {
      asked.push(name)
      return answer
    },
  })
  await tagWithKey(app.page, { text: 'Ngày 27/2' }, '3')
  await tagWithKey(app.page, { text: 'Phó Thủ tướng Trần Hồng Hà', occurrence: 0 }, '2')
  // Inside the span above with the same label: one IOB2 column cannot hold both.
  await tagWithKey(app.page, { text: 'Phó Thủ tướng Trần Hồng Hà', occurrence: 0, from: 14 }, '2')
}, 60_000)

afterAll(async () => {
  const errors = app.pageErrors
  await app.close()
  expect(errors).toEqual([])
})

const dialog = () => app.page.getByRole('dialog', { name: 'Export' })

describe('the export dialog', () => {
  it('closes on Escape without asking where to save', async () => {
    await app.page.keyboard.press('Control+E')
    await dialog().waitFor()
    await app.page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'detached' })
    expect(asked).toEqual([])
  })

  it('exports CoNLL split train/dev/test with a seed, lists the dropped span and writes what the services write', async () => {
    const out = join(tempDir('export-dialog-out'), 'data.conll')
    answer = out
    await app.page.getByRole('button', { name: 'Export…' }).click()
    await dialog().getByLabel('Format').selectOption({ label: 'CoNLL, one IOB2 column per label' })
    await dialog().getByLabel('Split into train, dev and test').check()
    await dialog().getByLabel('Seed').fill('7')
    await dialog().getByRole('button', { name: 'Export', exact: true }).click()

    const dropped = app.page.getByRole('dialog', { name: '1 span was dropped' })
    await dropped.waitFor()
    const row = dropped.getByTestId('dropped-spans').locator('tbody tr')
    expect(await row.count()).toBe(1)
    const cells = await row.locator('td').allTextContents()
    const inner = spansOnDisk(app.workspace, app.docIds[0] as string).find((s) => s.text === 'Trần Hồng Hà')
    expect(cells.slice(1, 4)).toEqual([`${inner?.start}–${inner?.end}`, 'Agreement', 'Trần Hồng Hà'])
    expect(cells[4]).toContain('overlapping spans of one label')
    expect(asked).toEqual(['spanwright-export.conll'])
    await app.page.getByTestId('export-progress').waitFor({ state: 'detached' })
    await app.page.keyboard.press('Escape')
    await dropped.waitFor({ state: 'detached' })

    const written = readdirSync(join(out, '..')).sort()
    expect(written.every((f) => /^data\.(train|dev|test)\.conll$/.test(f))).toBe(true)
    const status = (await app.page.getByRole('status').locator('p').textContent()) ?? ''
    for (const f of written) expect(status).toContain(join(out, '..', f))
    // Per part, the spans written; the part that held the nested pair says one was not.
    const perPart = [...status.matchAll(/\((\d+) spans?(; (\d) not written)?\) to /g)]
    expect(perPart).toHaveLength(written.length)
    expect(perPart.reduce((n, m) => n + Number(m[1]), 0)).toBe(2)
    expect(perPart.filter((m) => m[3] === '1')).toHaveLength(1)
    expect(status).toMatch(/; 1 span not written: see the list$/)
    // The same bytes as the services write for the same request (the command line's path).
    const reference = join(tempDir('export-dialog-ref'), 'data.conll')
    const summary = await app.services.exportDataset({
      path: reference,
      format: 'conll',
      split: { parts: [{ name: 'train', ratio: 0.8 }, { name: 'dev', ratio: 0.1 }, { name: 'test', ratio: 0.1 }], seed: 7 },
    })
    expect(summary.parts.reduce((n, p) => n + p.documents, 0)).toBe(5)
    expect(readdirSync(join(reference, '..')).sort()).toEqual(written)
    for (const f of written) expect(readFileSync(join(out, '..', f), 'utf8')).toBe(readFileSync(join(reference, '..', f), 'utf8'))
  })

  it('says how many spans were written and how many were not, the list naming each; JSONL writes them all', async () => {
    const out = join(tempDir('export-dialog-counts'), 'nested.conll')
    answer = out
    await app.page.keyboard.press('Control+E')
    await dialog().getByLabel('Format').selectOption('conll')
    await dialog().getByRole('button', { name: 'Export', exact: true }).click()
    const dropped = app.page.getByRole('dialog', { name: '1 span was dropped' })
    await dropped.waitFor()
    const spans = spansOnDisk(app.workspace, app.docIds[0] as string)
    const inner = spans.find((s) => s.text === 'Trần Hồng Hà')
    const outer = spans.find((s) => s.text === 'Phó Thủ tướng Trần Hồng Hà')
    const title = (await app.services.listDocuments({})).find((d) => d.id === app.docIds[0])?.title
    expect(await dropped.getByTestId('dropped-spans').locator('tbody tr td').allTextContents()).toEqual([
      title,
      `${inner?.start}–${inner?.end}`,
      'Agreement',
      'Trần Hồng Hà',
      `overlaps the Agreement span at ${outer?.start}–${outer?.end}, which was written: one IOB2 column cannot hold two overlapping spans of one label`,
    ])
    await app.page.keyboard.press('Escape')
    await dropped.waitFor({ state: 'detached' })
    const toast = app.page.getByRole('status')
    expect(await toast.locator('p').textContent()).toBe(`Exported 5 documents (2 spans) to ${out}; 1 span not written: see the list`)
    // Closed, the list opens again from the message.
    await toast.getByRole('button', { name: 'Show the list' }).click()
    await dropped.waitFor()
    await app.page.keyboard.press('Escape')
    await dropped.waitFor({ state: 'detached' })

    const all = join(tempDir('export-dialog-counts-jsonl'), 'nested.jsonl')
    answer = all
    await app.page.keyboard.press('Control+E')
    await dialog().getByRole('button', { name: 'Export', exact: true }).click()
    await toast.getByText(`to ${all}`).waitFor()
    expect(await toast.locator('p').textContent()).toBe(`Exported 5 documents (3 spans) to ${all}`)
    const records = readFileSync(all, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { spans: unknown[] })
    expect(records.flatMap((r) => r.spans)).toHaveLength(3)
  })

  it('filters by label and status, and strict refuses to drop a span', async () => {
    const out = join(tempDir('export-dialog-filter'), 'agreements.jsonl')
    answer = out
    await app.page.keyboard.press('Control+E')
    await dialog().getByLabel('Commitment').uncheck()
    await dialog().getByLabel('Agreement').uncheck()
    await dialog().getByLabel('skipped').uncheck()
    await app.page.keyboard.press('Enter')
    await app.page.getByRole('status').getByText(`to ${out}`).waitFor()
    const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { spans: { label: string; text: string }[] })
    expect(records).toHaveLength(5)
    expect(records.flatMap((r) => r.spans).map((s) => [s.label, s.text])).toEqual([['figure', 'Ngày 27/2']])

    const strictOut = join(tempDir('export-dialog-strict'), 'strict.conll')
    answer = strictOut
    await app.page.keyboard.press('Control+E')
    await dialog().getByLabel('Format').selectOption('conll')
    await dialog().getByLabel('Strict: write nothing rather than drop a span').check()
    await dialog().getByRole('button', { name: 'Export', exact: true }).click()
    await app.page.getByRole('alert').getByText('Export failed').waitFor()
    expect(readdirSync(join(strictOut, '..'))).toEqual([])
  })
})
