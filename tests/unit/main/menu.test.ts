import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate } from '../../../src-main/main/menu'

const submenu = (template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] => {
  const menu = template.find((item) => item.label === label)
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`)
  return menu.submenu
}
const roles = (items: MenuItemConstructorOptions[]): string[] => items.flatMap((item) => (item.role ? [item.role] : []))

describe('menuTemplate', () => {
  it('File → Export JSONL… has CmdOrCtrl+E and sends the export-jsonl command', () => {
    const send = vi.fn()
    const exportItem = submenu(menuTemplate('linux', false, send), 'File').find((item) => item.label === 'Export JSONL…')
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E')
    expect(send).not.toHaveBeenCalled()
    exportItem?.click?.(...([] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>))
    expect(send).toHaveBeenCalledExactlyOnceWith('export-jsonl')
  })

  it('Edit offers the standard editing roles', () => {
    expect(roles(submenu(menuTemplate('linux', false, vi.fn()), 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ])
  })

  it('View offers developer tools only when the app is not packaged', () => {
    const dev = roles(submenu(menuTemplate('linux', false, vi.fn()), 'View'))
    const packaged = roles(submenu(menuTemplate('linux', true, vi.fn()), 'View'))
    expect(dev).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    expect(packaged).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
  })

  it('Help offers About, which shows the about panel', () => {
    const help = menuTemplate('win32', true, vi.fn()).find((item) => item.role === 'help')
    expect(Array.isArray(help?.submenu) && roles(help.submenu)).toEqual(['about'])
  })

  it('puts Quit in File on Windows and Linux, and the application menu first on macOS', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const template = menuTemplate(platform, false, vi.fn())
      expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'help'])
      expect(roles(submenu(template, 'File'))).toEqual(['quit'])
    }
    const mac = menuTemplate('darwin', false, vi.fn())
    expect(mac.map((item) => item.label ?? item.role)).toEqual(['appMenu', 'File', 'Edit', 'View', 'help'])
    expect(roles(submenu(mac, 'File'))).toEqual(['close'])
  })
})
