/**
 * One Vietnamese term per idea, in the window and in the native menu alike: "to do" is
 * "chưa làm", never "cần làm"; Review mode is "đối chiếu"; the workspace is the "kho".
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXPORT_FORMAT_IDS } from '../../../../src-main/core/export/formats'
import { MENU_STRINGS } from '../../../../src-main/shell/menu-strings'
import { en } from '../../../../src-renderer/i18n/en'
import { vi } from '../../../../src-renderer/i18n/vi'
import { reviewVi } from '../../../../src-renderer/review/i18n/vi'

const root = join(import.meta.dirname, '../../../..')
const menuFile = join(root, 'src-main/shell/menu-strings.ts')
const viFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /(^|[-/])vi\.ts$/.test(f))
    .map((f) => join(dir, f))
const files = [...viFiles(join(root, 'src-renderer')), menuFile]
const menu = MENU_STRINGS.vi
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

describe('Vietnamese catalogues', () => {
  it('say "chưa làm" for the to-do status, never "cần làm", the menu included', () => {
    expect(files.length).toBeGreaterThan(4)
    for (const file of files) expect(readFileSync(file, 'utf8').normalize('NFC'), file).not.toMatch(/cần làm/i)
    expect([menu.todo, menu.inProgress, menu.done, menu.skipped]).toEqual([vi.status.todo, vi.status.in_progress, vi.status.done, vi.status.skipped].map(capital))
  })

  it('call Review mode "đối chiếu" and the workspace "kho" everywhere', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8').normalize('NFC')
      expect(text, file).not.toMatch(/Duyệt|duyệt vào|vùng làm việc/)
    }
    expect(vi.toolbar.review).toBe(`${menu.review}…`)
    expect(reviewVi.mode.toLowerCase()).toContain(menu.review.toLowerCase())
  })

  it('name a command in the menu as the window names it', () => {
    expect(menu.export).toBe(vi.toolbar.exportJsonl)
    expect(menu.importFiles.replace('…', '')).toBe(vi.editor.shortcuts.items.importFiles)
    expect(menu.labels.replace('…', '')).toBe(vi.labels.title)
    expect(menu.guidelines).toBe(vi.guidelines.title)
    expect(menu.guidelines).toBe(vi.editor.shortcuts.items.guidelines)
    expect(menu.shortcuts).toBe(vi.editor.shortcuts.title)
    expect([menu.undo, menu.redo]).toEqual([vi.editor.shortcuts.items.undo, vi.editor.shortcuts.items.redo])
    expect([menu.appearance, menu.language, menu.light, menu.dark]).toEqual([vi.toolbar.theme, vi.toolbar.language, vi.toolbar.themes.light, vi.toolbar.themes.dark])
    expect([menu.agreement, menu.closeReview]).toEqual([reviewVi.tabs.agreement, reviewVi.close])
    expect([menu.findNext, menu.findPrevious]).toEqual([vi.editor.find.next, vi.editor.find.previous].map((s) => s.replace(/ \(.*\)$/, '')))
  })

  it('name every export format in Vietnamese in the export dialog', () => {
    const names = vi.storage.exportDialog.formats
    for (const id of EXPORT_FORMAT_IDS) {
      expect(names[id], id).toBeTruthy()
      expect(names[id], id).not.toBe(en.storage.exportDialog.formats[id])
    }
  })
})
