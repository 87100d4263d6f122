/**
 * The `?` sheet's rows, from core/keymap.ts: each section in the table's order,
 * commands with one label in one row (each key combination a list of keys),
 * and first the label hotkeys of the label schema.
 */
import type { Label } from '../../src-main/core/model/label'
import { KEYMAP, parseChord, SHEET_GROUPS, type KeyLabel } from '../../src-main/core/keymap'
import { t } from '../i18n'

export interface Shortcut {
  keys: string[][]
  action: string
}

export interface ShortcutGroup {
  title: string
  items: Shortcut[]
}

const NAMES: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' }

/** A chord as the keys to press, e.g. 'Mod+Shift+T' → Ctrl, Shift, T. */
export function keysOf(chord: string): string[] {
  const { key, mod, shift, alt } = parseChord(chord)
  return [...(mod ? ['Ctrl'] : []), ...(alt ? ['Alt'] : []), ...(shift ? ['Shift'] : []), NAMES[key] ?? key]
}

export function shortcutGroups(labels: readonly Label[]): ShortcutGroup[] {
  const { groups, items } = t().editor.shortcuts
  // Every row's label is in the catalogue (checked when this compiles).
  const text: Record<KeyLabel, string> = items
  const hotkeys = labels.map((l) => l.hotkey).filter(Boolean)
  return SHEET_GROUPS.map((group) => {
    const rows = new Map<string, Shortcut>()
    if (group === 'tagging') rows.set('labelKeys', { keys: hotkeys.map((k) => [k]), action: items.labelKeys })
    for (const binding of KEYMAP) {
      if (binding.group !== group) continue
      const row = rows.get(binding.label) ?? { keys: [], action: text[binding.label] }
      row.keys.push(...binding.keys.map(keysOf))
      rows.set(binding.label, row)
    }
    return { title: groups[group], items: [...rows.values()] }
  })
}
