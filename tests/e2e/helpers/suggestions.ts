/** Reading the suggestions the window shows: ghost highlights, the panel's rows, the workspace's suggestion settings. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { drawnHighlights } from './page'
import type { PageDom } from './page-dom'

/** Ghost spans by highlight (sw-suggest-<label>, -faint, sw-suggest-current): the text of each range. */
export async function ghosts(page: Page): Promise<Record<string, string[]>> {
  const all = await drawnHighlights(page)
  return Object.fromEntries(Object.entries(all).filter(([name]) => name.startsWith('sw-suggest-')))
}

/** How many ghost ranges are drawn, the current one left out. */
export async function ghostCount(page: Page): Promise<number> {
  const drawn = await ghosts(page)
  return Object.entries(drawn).reduce((n, [name, texts]) => n + (name === 'sw-suggest-current' ? 0 : texts.length), 0)
}

/** Waits until some ghost span is drawn. */
export async function waitForGhosts(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    let n = 0
    ;(globalThis as unknown as PageDom).CSS.highlights.forEach((h, name) => {
      if (name.startsWith('sw-suggest-') && name !== 'sw-suggest-current') n += [...h].length
    })
    return n > 0
  })
}

export interface SuggestionRow {
  text: string
  score: string
  reason: string
  current: boolean
  faint: boolean
}

const SECTION = '[aria-labelledby="suggestions-heading"]'

export function suggestionRows(page: Page): Promise<SuggestionRow[]> {
  return page.evaluate((section) => {
    const { document } = globalThis as unknown as PageDom
    return [...document.querySelectorAll(`${section} li`)].map((row) => ({
      text: row.querySelector('.text')?.textContent ?? '',
      score: row.querySelector('.score')?.textContent ?? '',
      reason: row.querySelector('.reason')?.textContent ?? '',
      current: row.querySelector('[aria-current="true"]') !== null,
      faint: (row.getAttribute('class') ?? '').split(' ').includes('faint'),
    }))
  }, SECTION)
}

/** The suggestions section's per-label checkbox. */
export const labelToggle = (page: Page, labelName: string) => page.locator(`${SECTION} label.toggle`, { hasText: labelName }).locator('input')

/** The suggestions section's threshold field of a label (a percentage). */
export const thresholdField = (page: Page, labelName: string) => page.getByRole('spinbutton', { name: new RegExp(`^${labelName}: Shift\\+A takes`) })

export interface SettingsOnDisk {
  thresholds?: Record<string, number>
  rejected: { documentId: string; start: number; end: number; label: string }[]
  accepted: { documentId: string; start: number; end: number; label: string }[]
}

export function suggestionSettings(workspace: string): SettingsOnDisk {
  const file = join(workspace, 'suggestions', 'settings.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SettingsOnDisk) : { rejected: [], accepted: [] }
}
