import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate, type WorkspaceMenu } from '../../../src-main/shell/menu'

const submenu = (template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] => {
  const menu = template.find((item) => item.label === label || item.role === label)
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`)
  return menu.submenu
}
const roles = (items: MenuItemConstructorOptions[]): string[] => items.flatMap((item) => (item.role ? [item.role] : []))
const click = (item: MenuItemConstructorOptions | undefined): void =>
  item?.click?.(...([] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>))
const find = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions => {
  const found = items.find((item) => item.label === label)
  if (!found) throw new Error(`no item ${label}`)
  return found
}

describe('menuTemplate', () => {
  it('File → Export… has CmdOrCtrl+E and sends the export-jsonl command', () => {
    const send = vi.fn()
    const exportItem = submenu(menuTemplate('linux', false, send), 'File').find((item) => item.label === 'Export…')
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E')
    expect(send).not.toHaveBeenCalled()
    click(exportItem)
    expect(send).toHaveBeenCalledExactlyOnceWith('export-jsonl')
  })

  it('every command item sends its command, with the shortcut shown and left to the window', () => {
    const send = vi.fn()
    const template = menuTemplate('linux', false, send)
    const edit = submenu(template, 'Edit')
    const view = submenu(template, 'View')
    const expected: Array<[MenuItemConstructorOptions, string, string | undefined]> = [
      [find(submenu(template, 'File'), 'Import Files…'), 'import-files', 'CmdOrCtrl+I'],
      [find(edit, 'Undo'), 'undo', 'CmdOrCtrl+Z'],
      [find(edit, 'Redo'), 'redo', 'CmdOrCtrl+Shift+Z'],
      [find(edit, 'Find…'), 'find', 'CmdOrCtrl+F'],
      [find(edit, 'Find Next'), 'find-next', 'F3'],
      [find(edit, 'Find Previous'), 'find-previous', 'Shift+F3'],
      [find(submenu(template, 'help'), 'Keyboard Shortcuts'), 'show-shortcuts', '?'],
      [find(submenu(edit, 'Mark Document As'), 'To Do'), 'status-todo', 'CmdOrCtrl+Shift+T'],
      [find(submenu(edit, 'Mark Document As'), 'In Progress'), 'status-in_progress', 'CmdOrCtrl+Shift+P'],
      [find(submenu(edit, 'Mark Document As'), 'Done'), 'status-done', 'CmdOrCtrl+Shift+D'],
      [find(submenu(edit, 'Mark Document As'), 'Skipped'), 'status-skipped', 'CmdOrCtrl+Shift+S'],
      [find(edit, 'Labels…'), 'edit-labels', 'CmdOrCtrl+Shift+L'],
      [find(view, 'Next Unfinished Document'), 'next-unfinished', 'F8'],
      [find(view, 'Previous Unfinished Document'), 'previous-unfinished', 'Shift+F8'],
      [find(submenu(view, 'Appearance'), 'Follow System'), 'theme-system', undefined],
      [find(submenu(view, 'Appearance'), 'Light'), 'theme-light', undefined],
      [find(submenu(view, 'Appearance'), 'Dark'), 'theme-dark', undefined],
      [find(submenu(view, 'Language'), 'English'), 'language-en', undefined],
      [find(submenu(view, 'Language'), 'Tiếng Việt'), 'language-vi', undefined],
      [find(submenu(template, 'help'), 'Annotation Guidelines'), 'show-guidelines', 'F1'],
    ]
    for (const [item, command, accelerator] of expected) {
      send.mockClear()
      click(item)
      expect(send, item.label).toHaveBeenCalledExactlyOnceWith(command)
      expect(item.accelerator, item.label).toBe(accelerator)
      // The window handles these keys itself (and knows when a text field has the focus).
      if (accelerator) expect(item.registerAccelerator, item.label).toBe(false)
    }
  })

  it('File offers Open Workspace… and the recent workspaces, most recent first, and Clear Recent', () => {
    const actions: WorkspaceMenu = {
      recent: ['/data/corpus-a', '/data/corpus-b'],
      openWorkspace: vi.fn(),
      openRecent: vi.fn(),
      clearRecent: vi.fn(),
    }
    const file = submenu(menuTemplate('linux', false, vi.fn(), actions), 'File')
    const open = find(file, 'Open Workspace…')
    expect(open.accelerator).toBe('CmdOrCtrl+O')
    expect(open.registerAccelerator).toBeUndefined()
    click(open)
    expect(actions.openWorkspace).toHaveBeenCalledOnce()
    const recent = submenu(file, 'Open Recent')
    expect(recent.map((item) => item.label ?? item.type)).toEqual(['corpus-a — /data/corpus-a', 'corpus-b — /data/corpus-b', 'separator', 'Clear Recent'])
    click(recent[1])
    expect(actions.openRecent).toHaveBeenCalledExactlyOnceWith('/data/corpus-b')
    click(recent[3])
    expect(actions.clearRecent).toHaveBeenCalledOnce()
    const none = submenu(submenu(menuTemplate('linux', false, vi.fn(), { ...actions, recent: [] }), 'File'), 'Open Recent')
    expect(none).toEqual([expect.objectContaining({ label: 'Clear Recent', enabled: false })])
  })

  it('Edit offers the standard clipboard roles (undo and redo are the window’s commands)', () => {
    expect(roles(submenu(menuTemplate('linux', false, vi.fn()), 'Edit'))).toEqual([
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

  it('Review offers comparing with a file or a workspace folder, the agreement view and closing, each sending its command', () => {
    const send = vi.fn()
    const review = submenu(menuTemplate('linux', false, send), 'Review')
    expect(review.map((item) => item.label ?? item.type)).toEqual([
      'Compare with File…',
      'Compare with Workspace Folder…',
      'separator',
      'Agreement',
      'Close Review',
    ])
    const sent = review.filter((item) => item.label).map((item) => {
      send.mockClear()
      click(item)
      return send.mock.calls
    })
    expect(sent).toEqual([[['review-compare-file']], [['review-compare-folder']], [['review-agreement']], [['review-close']]])
  })

  it('Help offers the guidelines and About, which shows the about panel', () => {
    const help = menuTemplate('win32', true, vi.fn()).find((item) => item.role === 'help')
    expect(Array.isArray(help?.submenu) && roles(help.submenu)).toEqual(['about'])
  })

  it('puts Quit in File on Windows and Linux, and the application menu first on macOS', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const template = menuTemplate(platform, false, vi.fn())
      expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'Review', 'Help'])
      expect(roles(submenu(template, 'File'))).toEqual(['quit'])
    }
    const mac = menuTemplate('darwin', false, vi.fn())
    expect(mac.map((item) => item.label ?? item.role)).toEqual(['appMenu', 'File', 'Edit', 'View', 'Review', 'Help'])
    expect(roles(submenu(mac, 'File'))).toEqual(['close'])
  })
})

/** Every label a person sees, menus and submenus alike (the recent workspaces are folder names). */
const labels = (items: MenuItemConstructorOptions[]): Array<string | undefined> =>
  items.flatMap((item) => (item.type === 'separator' ? [] : [item.label, ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]))

describe('menuTemplate in the window’s language', () => {
  const actions: WorkspaceMenu = { recent: ['/data/corpus-a'], openWorkspace: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn() }
  // Names, not words: the product, the language choices, a recent workspace's folder.
  const NAMES = new Set(['English', 'Tiếng Việt', 'corpus-a — /data/corpus-a'])

  it('names every item in Vietnamese, the roles included: no English word and no role left to Electron’s English', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const shown = labels(menuTemplate(platform, false, vi.fn(), actions, 'vi')).filter((label) => !NAMES.has(label ?? ''))
      const english = labels(menuTemplate(platform, false, vi.fn(), actions, 'en'))
      // The application menu on macOS is named by the system after the app.
      const unnamed = shown.filter((label) => label === undefined)
      expect(unnamed, platform).toHaveLength(platform === 'darwin' ? 1 : 0)
      for (const label of shown.filter((l) => l !== undefined)) {
        expect(english, `${platform}: "${label}" is the English word`).not.toContain(label)
      }
    }
  })

  it('uses the window’s words for the same commands', () => {
    const template = menuTemplate('linux', false, vi.fn(), actions, 'vi')
    const file = submenu(template, 'Tệp')
    expect(file.map((item) => item.label ?? item.type)).toEqual(['Mở kho văn bản…', 'Mở gần đây', 'separator', 'Nhập tệp…', 'Xuất dữ liệu…', 'separator', 'Thoát'])
    expect(submenu(submenu(template, 'Sửa'), 'Đánh dấu văn bản là').map((item) => item.label)).toEqual(['Chưa làm', 'Đang làm', 'Xong', 'Bỏ qua'])
    expect(submenu(template, 'Sửa').filter((item) => item.role).map((item) => item.label)).toEqual(['Cắt', 'Sao chép', 'Dán', 'Chọn tất cả'])
    expect(submenu(template, 'Đối chiếu').map((item) => item.label ?? item.type)).toEqual(['Đối chiếu với tệp…', 'Đối chiếu với thư mục kho văn bản…', 'separator', 'Độ đồng thuận', 'Đóng đối chiếu'])
    // Same commands, same keys, in either language.
    const send = vi.fn()
    click(find(submenu(menuTemplate('linux', false, send, undefined, 'vi'), 'Tệp'), 'Xuất dữ liệu…'))
    expect(send).toHaveBeenCalledExactlyOnceWith('export-jsonl')
  })

  it('is English by default and in English', () => {
    expect(labels(menuTemplate('linux', false, vi.fn(), actions))).toEqual(labels(menuTemplate('linux', false, vi.fn(), actions, 'en')))
    expect(menuTemplate('linux', false, vi.fn(), actions, 'en').map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Review', 'Help'])
  })
})
