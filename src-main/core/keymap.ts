/**
 * Every keyboard shortcut, once: the native menu takes its accelerators from
 * here, the window its key handling, the `?` sheet its rows. Adding a shortcut
 * is one line. Label hotkeys (1–9) come from the label schema, not from here.
 *
 * A chord is modifiers joined by '+' and a key as KeyboardEvent.key names it
 * ('Mod' is Ctrl, or ⌘ on macOS; a letter also matches its physical key).
 */

/** Where a key works. */
export type KeyContext =
  /** Anywhere, a text field included (the menu's shortcuts, find). */
  | 'anywhere'
  /** Not while a text field has the focus. */
  | 'window'
  /** While the text (or nothing) has the focus. */
  | 'text'
  /** Handled by a view itself (the find bar, a mouse selection): listed for the sheet. */
  | 'view'
  /** Review mode's own keys. */
  | 'review'

/** The `?` sheet's sections, in order; Review mode's keys label its own buttons. */
export const SHEET_GROUPS = ['tagging', 'spans', 'suggestions', 'find', 'history', 'documents'] as const
export type KeyGroup = (typeof SHEET_GROUPS)[number] | 'review'

export interface Binding {
  command: string
  keys: readonly string[]
  context: KeyContext
  group: KeyGroup
  /** The text of its row (editor.shortcuts.items in the i18n catalogue); commands with one label share a row. */
  label: string
  /** Shown in the native menu; the window handles the key unless `menuOwnsKey`. */
  accelerator?: string
  menuOwnsKey?: true
  /** Holding the key down runs it once (the default is once per repeat). */
  once?: true
}

// prettier-ignore
export const KEYMAP = [
  { command: 'caret-left', keys: ['ArrowLeft', 'Mod+ArrowLeft'], context: 'text', group: 'tagging', label: 'caret' },
  { command: 'caret-right', keys: ['ArrowRight', 'Mod+ArrowRight'], context: 'text', group: 'tagging', label: 'caret' },
  { command: 'extend-left', keys: ['Shift+ArrowLeft', 'Mod+Shift+ArrowLeft'], context: 'text', group: 'tagging', label: 'extend' },
  { command: 'extend-right', keys: ['Shift+ArrowRight', 'Mod+Shift+ArrowRight'], context: 'text', group: 'tagging', label: 'extend' },
  { command: 'exact-release', keys: ['Alt'], context: 'view', group: 'tagging', label: 'altRelease' },
  { command: 'clear-selection', keys: ['Escape'], context: 'window', group: 'tagging', label: 'escape', once: true },
  { command: 'span-next', keys: ['Tab'], context: 'text', group: 'spans', label: 'tab' },
  { command: 'span-previous', keys: ['Shift+Tab'], context: 'text', group: 'spans', label: 'tab' },
  { command: 'end-right', keys: ['Alt+ArrowRight'], context: 'text', group: 'spans', label: 'endGrow' },
  { command: 'end-left', keys: ['Alt+ArrowLeft'], context: 'text', group: 'spans', label: 'endGrow' },
  { command: 'start-left', keys: ['Alt+Shift+ArrowLeft'], context: 'text', group: 'spans', label: 'startGrow' },
  { command: 'start-right', keys: ['Alt+Shift+ArrowRight'], context: 'text', group: 'spans', label: 'startGrow' },
  { command: 'overlap-larger', keys: ['Alt+ArrowUp'], context: 'text', group: 'spans', label: 'overlap' },
  { command: 'overlap-smaller', keys: ['Alt+ArrowDown'], context: 'text', group: 'spans', label: 'overlap' },
  { command: 'remove-span', keys: ['Delete', 'Backspace'], context: 'window', group: 'spans', label: 'delete', once: true },
  { command: 'edit-note', keys: ['Enter'], context: 'text', group: 'spans', label: 'note' },
  { command: 'suggestion-next', keys: ['N'], context: 'window', group: 'suggestions', label: 'suggestionStep' },
  { command: 'suggestion-previous', keys: ['P'], context: 'window', group: 'suggestions', label: 'suggestionStep' },
  { command: 'suggestion-accept', keys: ['A'], context: 'window', group: 'suggestions', label: 'suggestionAccept', once: true },
  { command: 'suggestion-accept-all', keys: ['Shift+A'], context: 'window', group: 'suggestions', label: 'suggestionAcceptAll', once: true },
  { command: 'suggestion-reject', keys: ['X'], context: 'window', group: 'suggestions', label: 'suggestionReject', once: true },
  { command: 'find', keys: ['Mod+F'], context: 'anywhere', group: 'find', label: 'find', accelerator: 'CmdOrCtrl+F' },
  { command: 'find-bar-step', keys: ['Enter', 'Shift+Enter'], context: 'view', group: 'find', label: 'findStep' },
  { command: 'find-next', keys: ['F3'], context: 'anywhere', group: 'find', label: 'findNext', accelerator: 'F3' },
  { command: 'find-previous', keys: ['Shift+F3'], context: 'anywhere', group: 'find', label: 'findNext', accelerator: 'Shift+F3' },
  { command: 'find-bar-options', keys: ['Alt+C', 'Alt+W', 'Alt+R'], context: 'view', group: 'find', label: 'findOptions' },
  { command: 'undo', keys: ['Mod+Z'], context: 'window', group: 'history', label: 'undo', accelerator: 'CmdOrCtrl+Z' },
  { command: 'redo', keys: ['Mod+Shift+Z', 'Mod+Y'], context: 'window', group: 'history', label: 'redo', accelerator: 'CmdOrCtrl+Shift+Z' },
  { command: 'next-unfinished', keys: ['F8'], context: 'anywhere', group: 'documents', label: 'unfinished', accelerator: 'F8', once: true },
  { command: 'previous-unfinished', keys: ['Shift+F8'], context: 'anywhere', group: 'documents', label: 'unfinished', accelerator: 'Shift+F8', once: true },
  { command: 'status-todo', keys: ['Mod+Shift+T'], context: 'anywhere', group: 'documents', label: 'status', accelerator: 'CmdOrCtrl+Shift+T', once: true },
  { command: 'status-in_progress', keys: ['Mod+Shift+P'], context: 'anywhere', group: 'documents', label: 'status', accelerator: 'CmdOrCtrl+Shift+P', once: true },
  { command: 'status-done', keys: ['Mod+Shift+D'], context: 'anywhere', group: 'documents', label: 'status', accelerator: 'CmdOrCtrl+Shift+D', once: true },
  { command: 'rename-document', keys: ['F2'], context: 'window', group: 'documents', label: 'rename', once: true },
  { command: 'status-skipped', keys: ['Mod+Shift+S'], context: 'anywhere', group: 'documents', label: 'status', accelerator: 'CmdOrCtrl+Shift+S', once: true },
  { command: 'import-files', keys: ['Mod+I'], context: 'anywhere', group: 'documents', label: 'importFiles', accelerator: 'CmdOrCtrl+I', once: true },
  { command: 'export-jsonl', keys: ['Mod+E'], context: 'window', group: 'documents', label: 'exportJsonl', accelerator: 'CmdOrCtrl+E', menuOwnsKey: true },
  { command: 'edit-labels', keys: ['Mod+Shift+L'], context: 'anywhere', group: 'documents', label: 'labels', accelerator: 'CmdOrCtrl+Shift+L', once: true },
  { command: 'show-guidelines', keys: ['F1'], context: 'anywhere', group: 'documents', label: 'guidelines', accelerator: 'F1', once: true },
  { command: 'focus-next-region', keys: ['F6'], context: 'anywhere', group: 'documents', label: 'regions' },
  { command: 'focus-previous-region', keys: ['Shift+F6'], context: 'anywhere', group: 'documents', label: 'regions' },
  { command: 'show-shortcuts', keys: ['?'], context: 'window', group: 'documents', label: 'sheet', accelerator: '?' },
  { command: 'review-accept_a', keys: ['A'], context: 'review', group: 'review', label: 'accept_a' },
  { command: 'review-accept_b', keys: ['B'], context: 'review', group: 'review', label: 'accept_b' },
  { command: 'review-keep_both', keys: ['K'], context: 'review', group: 'review', label: 'keep_both' },
  { command: 'review-drop_both', keys: ['D'], context: 'review', group: 'review', label: 'drop_both' },
  { command: 'review-clear', keys: ['Backspace', 'Delete'], context: 'review', group: 'review', label: 'clear' },
  { command: 'review-next', keys: ['N'], context: 'review', group: 'review', label: 'next' },
  { command: 'review-previous', keys: ['P'], context: 'review', group: 'review', label: 'previous' },
  { command: 'review-undo', keys: ['Mod+Z'], context: 'review', group: 'review', label: 'undo' },
  { command: 'review-redo', keys: ['Mod+Shift+Z', 'Mod+Y'], context: 'review', group: 'review', label: 'redo' },
] as const satisfies readonly Binding[]

type Entry = (typeof KEYMAP)[number]
export type KeyCommand = Entry['command']
/** The commands the native menu shows a key for: api-methods.ts checks each is an AppCommand. */
export type MenuKeyCommand = Extract<Entry, { accelerator: string }>['command']
export type KeyLabel = Extract<Entry, { group: (typeof SHEET_GROUPS)[number] }>['label']

/** What a chord reads of a KeyboardEvent. */
export interface KeyPress {
  key: string
  code?: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

export interface Chord {
  key: string
  mod: boolean
  shift: boolean
  alt: boolean
}

export function parseChord(chord: string): Chord {
  const parts = chord.split('+')
  const key = parts.pop() as string
  return { key, mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt') }
}

/** Whether a key press is `chord`: the same modifiers, and the key by name (a letter also by its physical key). */
export function matches(press: KeyPress, chord: string): boolean {
  const { key, mod, shift, alt } = parseChord(chord)
  if (mod !== (press.ctrlKey || press.metaKey) || alt !== press.altKey) return false
  if (/^[A-Z]$/.test(key)) return shift === press.shiftKey && (press.key.toUpperCase() === key || press.code === `Key${key}`)
  // A symbol typed with Shift ('?') names itself: Shift is part of the key, not a modifier.
  if (key.length === 1) return press.key === key
  return shift === press.shiftKey && press.key === key
}

/** The first command of `context` whose key this is, or null. */
export function commandOf(press: KeyPress, context: KeyContext): Entry | null {
  return KEYMAP.find((b) => b.context === context && b.keys.some((k) => matches(press, k))) ?? null
}

export function bindingOf(command: KeyCommand): Entry {
  return KEYMAP.find((b) => b.command === command) as Entry
}

/** The menu's accelerator for `command`, registered or left to the window. */
export function acceleratorOf(command: string): { accelerator?: string; registerAccelerator?: false } {
  const binding: Binding | undefined = KEYMAP.find((b) => b.command === command)
  if (!binding?.accelerator) return {}
  return binding.menuOwnsKey ? { accelerator: binding.accelerator } : { accelerator: binding.accelerator, registerAccelerator: false }
}

/** The Electron accelerator a chord is, for checking the table. */
export const toAccelerator = (chord: string): string => chord.replace(/^Mod\+/, 'CmdOrCtrl+')
