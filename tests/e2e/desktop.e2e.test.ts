/**
 * The window as a desktop application: it follows the system's dark mode unless
 * the analyst overrides it; it speaks English or Vietnamese (first run: the
 * system's language), switchable from the toolbar or the menu and remembered;
 * keyboard focus is always visible; landmarks and controls have roles and names.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'

const folders = workspaces('desktop')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const theme = (a: OpenedApp) => a.page.evaluate(() => {
  const g = globalThis as unknown as { document: { documentElement: { dataset: Record<string, string> }; body: object }; getComputedStyle(e: object): { backgroundColor: string } }
  return { theme: g.document.documentElement.dataset['theme'], background: g.getComputedStyle(g.document.body).backgroundColor }
})
const DARK = { theme: 'dark', background: 'rgb(21, 24, 30)' }
const LIGHT = { theme: 'light', background: 'rgb(244, 245, 247)' }

describe('appearance', () => {
  it('follows the system’s dark mode; the toolbar and the menu override it, and the choice outlives a reload', async () => {
    app = await openSeeded(folders.next(), { colorScheme: 'dark' })
    const { page } = app
    expect(await theme(app)).toEqual(DARK)
    const appearance = page.getByRole('combobox', { name: 'Appearance' })
    await appearance.selectOption({ label: 'Light' })
    expect(await theme(app)).toEqual(LIGHT)
    await page.reload()
    await page.locator('article p').first().waitFor()
    expect(await theme(app)).toEqual(LIGHT)
    expect(await appearance.inputValue()).toBe('light')

    // View → Appearance → Follow System: dark again, and it changes when the system does.
    await app.sendCommand('theme-system')
    expect(await theme(app)).toEqual(DARK)
    await page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(() => theme(app!)).toEqual(LIGHT)
    await app.sendCommand('theme-dark')
    expect(await theme(app)).toEqual(DARK)
    expect(await appearance.inputValue()).toBe('dark')
  })
})

describe('language', () => {
  it('starts in the system’s language (Vietnamese), switches to English from the toolbar and stays so', async () => {
    app = await openSeeded(folders.next(), { locale: 'vi-VN' })
    const { page } = app
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang)).toBe('vi')
    const toolbar = page.getByRole('toolbar', { name: 'Nhãn và thao tác' })
    expect(await toolbar.getByRole('button', { name: 'Nhập' }).count()).toBe(1)
    expect((await toolbar.locator('button.label').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(['1 Cam kết', '2 Thỏa thuận', '3 Số liệu'])
    expect(await page.getByRole('navigation', { name: 'Văn bản' }).locator('.badge').first().textContent()).toBe('chưa làm')
    await page.getByText('Đã xử lý 0/5').waitFor()

    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption({ label: 'English' })
    await page.getByRole('toolbar', { name: 'Labels and actions' }).getByRole('button', { name: 'Import' }).waitFor()
    await page.reload()
    await page.locator('article p').first().waitFor()
    expect(await page.getByRole('toolbar', { name: 'Labels and actions' }).getByRole('button', { name: 'Import' }).count()).toBe(1)
    await page.getByText('0 of 5 finished').waitFor()

    // View → Language → Tiếng Việt.
    await app.sendCommand('language-vi')
    await page.getByRole('toolbar', { name: 'Nhãn và thao tác' }).getByRole('button', { name: 'Xuất dữ liệu…' }).waitFor()
  })

  it('tells the main process its language at start and on each switch, so the native menu speaks it', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const opened = app
    await expect.poll(() => opened.menuLanguages).toEqual(['en'])
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Tiếng Việt' })
    await page.getByRole('toolbar', { name: 'Nhãn và thao tác' }).waitFor()
    await expect.poll(() => opened.menuLanguages).toEqual(['en', 'vi'])
    // View → Ngôn ngữ → English, from the menu itself.
    await app.sendCommand('language-en')
    await expect.poll(() => opened.menuLanguages).toEqual(['en', 'vi', 'en'])
    // A reload starts in the remembered language and says so again.
    await app.sendCommand('language-vi')
    await page.reload()
    await page.locator('article p').first().waitFor()
    await expect.poll(() => opened.menuLanguages).toEqual(['en', 'vi', 'en', 'vi', 'vi'])
  })
})

describe('keyboard and accessibility', () => {
  it('shows where the keyboard focus is on every stop, and names the window’s regions and dialogs', async () => {
    app = await openSeeded(folders.next())
    const { page } = app
    const unmarked: string[] = []
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('Tab')
      const stop = await page.evaluate(() => {
        type El = { tagName: string; className: string; textContent: string | null; getAttribute(n: string): string | null; nextElementSibling: El | null; parentElement: El | null }
        const g = globalThis as unknown as { document: { activeElement: El | null }; getComputedStyle(e: El): { outlineStyle: string; outlineWidth: string } }
        const el = g.document.activeElement
        if (!el || el.tagName === 'BODY') return null
        // The ring is on the element, or (a styled radio or select) on the element drawn for it.
        const ringed = [el, el.nextElementSibling, el.parentElement].some((e) => e && g.getComputedStyle(e).outlineStyle !== 'none' && g.getComputedStyle(e).outlineWidth !== '0px')
        return { ringed, name: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}` }
      })
      if (stop && !stop.ringed) unmarked.push(stop.name)
    }
    expect(unmarked).toEqual([])

    for (const [role, name] of [
      ['toolbar', 'Labels and actions'],
      ['navigation', 'Documents'],
      ['main', 'Document'],
      ['progressbar', 'Corpus progress'],
      ['radiogroup', 'Status'],
      ['searchbox', 'Filter by title or text'],
      ['combobox', 'Show documents'],
      ['combobox', 'Appearance'],
      ['combobox', 'Language'],
    ] as const) {
      expect(await page.getByRole(role, { name, exact: true }).count(), `${role} "${name}"`).toBe(1)
    }
    await page.keyboard.press('Control+Shift+L')
    expect(await page.getByRole('dialog', { name: 'Labels' }).count()).toBe(1)
    await page.keyboard.press('Escape')
    await page.keyboard.press('F1')
    expect(await page.getByRole('dialog', { name: 'Annotation guidelines' }).count()).toBe(1)
  })
})
