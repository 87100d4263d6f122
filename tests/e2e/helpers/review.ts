/**
 * Review mode in the tests: preparing the two annotators' files the way a team
 * would (one workspace per annotator, canonical JSONL exports), running the
 * command line as a reviewer would to check the figures, and reading what the
 * review draws (the current difference, the list of differences).
 */
import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import type { Label } from '../../../src-main/core/model/label'
import { openServices } from '../../../src-main/services'
import { findResourcesDir } from '../../../src-main/store/workspace/resources-dir'
import type { PageDom } from './page-dom'

export const COMPARE_FIXTURES = fileURLToPath(new URL('../../fixtures/compare/', import.meta.url))
const BIN = fileURLToPath(new URL('../../../bin/spanwright.js', import.meta.url))

export interface RecordSpan {
  id: string
  start: number
  end: number
  label: string
  text: string
  origin?: string
  attributes?: Record<string, unknown>
}
export interface JsonlRecord {
  id: string
  title: string
  text: string
  annotator: string
  spans: RecordSpan[]
}

export const readJsonl = (path: string): JsonlRecord[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as JsonlRecord)

/** Rewrites a canonical JSONL file record by record (the test's "other annotator" editing their copy). */
export function editJsonl(path: string, edit: (record: JsonlRecord) => JsonlRecord): void {
  writeFileSync(path, readJsonl(path).map((r) => `${JSON.stringify(edit(r))}\n`).join(''))
}

const EXTRA_COLOURS = ['#009e73', '#cc79a7', '#56b4e9', '#f0e442']

export interface PlannedSpan {
  id?: string
  start: number
  end: number
  label: string
}

/**
 * Gives a workspace (created and seeded when new) an annotator's spans, one
 * write per document; labels the schema lacks are added to it first.
 */
export async function annotateWorkspace(workspace: string, annotator: string, plan: (docId: string, text: string) => readonly PlannedSpan[]): Promise<void> {
  const services = await openServices({ workspaceDir: workspace, resourcesDir: findResourcesDir(import.meta.url), annotator, dialogs: { chooseSavePath: async () => null } })
  try {
    const planned: Array<[string, readonly PlannedSpan[]]> = []
    for (const { id } of await services.listDocuments({})) planned.push([id, plan(id, (await services.openDocument({ docId: id })).text)])
    const { labels } = await services.getWorkspace({})
    const missing = [...new Set(planned.flatMap(([, spans]) => spans.map((s) => s.label)))].filter((id) => !labels.some((l) => l.id === id))
    if (missing.length) {
      const added: Label[] = missing.map((id, i) => ({ id, name: `${id.charAt(0).toUpperCase()}${id.slice(1)}`, name_vi: '', color: EXTRA_COLOURS[i % EXTRA_COLOURS.length] as string, hotkey: '', description: '' }))
      await services.updateLabels({ labels: [...labels, ...added] })
    }
    let n = 0
    for (const [docId, spans] of planned) {
      if (!spans.length) continue
      const edits = spans.map((s) => ({ op: 'add' as const, span: { id: s.id ?? `${annotator}-${n++}`, start: s.start, end: s.end, label: s.label } }))
      await services.applySpanEdits({ docId, edits })
    }
  } finally {
    await services.close()
  }
}

/** Exports a workspace as canonical JSONL (what an annotator sends the reviewer). */
export async function exportWorkspace(workspace: string, path: string): Promise<void> {
  const services = await openServices({ workspaceDir: workspace, resourcesDir: findResourcesDir(import.meta.url), dialogs: { chooseSavePath: async () => null } })
  try {
    await services.exportDataset({ path, format: 'jsonl' })
  } finally {
    await services.close()
  }
}

/** The built command line, as a reviewer runs it: `spanwright <args>`; its parsed JSON output. */
export async function spanwrightJson<T>(args: string[]): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 })
  return JSON.parse(stdout) as T
}

/** The text of each Range drawn as the current difference. */
export function currentDifference(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    ;(globalThis as unknown as PageDom).CSS.highlights.forEach((h, name) => {
      if (name === 'sw-review-current') for (const r of h) out.push(r.toString())
    })
    return out
  })
}

/** Waits until the current difference is drawn over exactly these texts. */
export async function waitForCurrent(page: Page, texts: string[]): Promise<void> {
  await page.waitForFunction((wanted) => {
    const out: string[] = []
    ;(globalThis as unknown as PageDom).CSS.highlights.forEach((h, name) => {
      if (name === 'sw-review-current') for (const r of h) out.push(r.toString())
    })
    return JSON.stringify(out) === JSON.stringify(wanted)
  }, texts)
}

/** Whether every Range of the current difference lies inside the visible part of the reader. */
export function isCurrentVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const { document, CSS } = globalThis as unknown as PageDom
    const reader = document.querySelector('[data-testid="review-scroller"]')?.getBoundingClientRect()
    let visible = false
    CSS.highlights.forEach((h, name) => {
      if (name !== 'sw-review-current' || !reader) return
      visible = [...h].every((r) => {
        const rect = r.getBoundingClientRect()
        return rect.height > 0 && rect.top >= reader.top && rect.bottom <= reader.bottom
      })
    })
    return visible
  })
}

export interface DifferenceRow {
  key: string
  class: string
  decision: string
  current: boolean
}

/** The rows of the differences panel, top to bottom. */
export function differenceRows(page: Page): Promise<DifferenceRow[]> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as PageDom
    return [...document.querySelectorAll('[aria-labelledby="difference-list-heading"] li')].map((li) => ({
      key: li.getAttribute('data-key') ?? '',
      class: li.getAttribute('data-class') ?? '',
      decision: li.getAttribute('data-decision') ?? '',
      current: li.querySelector('[aria-current="true"]') !== null,
    }))
  })
}

/** Waits until the differences panel shows these decisions, in order ('' for undecided). */
export async function waitForDecisions(page: Page, decisions: string[]): Promise<void> {
  await page.waitForFunction((wanted) => {
    const { document } = globalThis as unknown as PageDom
    const got = [...document.querySelectorAll('[aria-labelledby="difference-list-heading"] li')].map((li) => li.getAttribute('data-decision') ?? '')
    return JSON.stringify(got) === JSON.stringify(wanted)
  }, decisions)
}
