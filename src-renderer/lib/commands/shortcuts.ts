/**
 * Every keyboard shortcut, grouped, for the `?` sheet. Each entry is one or more
 * alternative key combinations (each a list of keys) and what it does.
 */
import type { Label } from '../../../src-main/core/model/label'
import { t } from '../i18n'

export interface Shortcut {
  keys: string[][]
  action: string
}

export interface ShortcutGroup {
  title: string
  items: Shortcut[]
}

export function shortcutGroups(labels: readonly Label[]): ShortcutGroup[] {
  const { groups, items } = t().editor.shortcuts
  const hotkeys = labels.map((l) => l.hotkey).filter(Boolean)
  return [
    {
      title: groups.tagging,
      items: [
        { keys: hotkeys.map((k) => [k]), action: items.labelKeys },
        { keys: [['←'], ['→']], action: items.caret },
        { keys: [['Shift', '←'], ['Shift', '→']], action: items.extend },
        { keys: [['Alt']], action: items.altRelease },
        { keys: [['Esc']], action: items.escape },
      ],
    },
    {
      title: groups.spans,
      items: [
        { keys: [['Tab'], ['Shift', 'Tab']], action: items.tab },
        { keys: [['Alt', '→'], ['Alt', '←']], action: items.endGrow },
        { keys: [['Alt', 'Shift', '←'], ['Alt', 'Shift', '→']], action: items.startGrow },
        { keys: [['Alt', '↑'], ['Alt', '↓']], action: items.overlap },
        { keys: [['Delete'], ['Backspace']], action: items.delete },
        { keys: [['Enter']], action: items.note },
      ],
    },
    {
      title: groups.find,
      items: [
        { keys: [['Ctrl', 'F']], action: items.find },
        { keys: [['Enter'], ['Shift', 'Enter']], action: items.findStep },
        { keys: [['F3'], ['Shift', 'F3']], action: items.findNext },
        { keys: [['Alt', 'C'], ['Alt', 'W'], ['Alt', 'R']], action: items.findOptions },
      ],
    },
    {
      title: groups.history,
      items: [
        { keys: [['Ctrl', 'Z']], action: items.undo },
        { keys: [['Ctrl', 'Shift', 'Z'], ['Ctrl', 'Y']], action: items.redo },
      ],
    },
    {
      title: groups.documents,
      items: [
        { keys: [['F8'], ['Shift', 'F8']], action: items.unfinished },
        { keys: [['Ctrl', 'Shift', 'T'], ['Ctrl', 'Shift', 'P'], ['Ctrl', 'Shift', 'D'], ['Ctrl', 'Shift', 'S']], action: items.status },
        { keys: [['Ctrl', 'I']], action: items.importFiles },
        { keys: [['Ctrl', 'E']], action: items.exportJsonl },
        { keys: [['Ctrl', 'Shift', 'L']], action: items.labels },
        { keys: [['F1']], action: items.guidelines },
        { keys: [['F6'], ['Shift', 'F6']], action: items.regions },
        { keys: [['?']], action: items.sheet },
      ],
    },
  ]
}
