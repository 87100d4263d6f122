/**
 * What each command does in the window, whether it came from a key (core/keymap.ts)
 * or from the native menu. Review mode's own commands live in review-commands.ts.
 */
import type { AppCommand } from '../../src-main/api-methods'
import type { KEYMAP } from '../../src-main/core/keymap'
import type { Commands } from './commands'
import type { AppContext } from './context'
import { focusRegion, isTyping } from './focus'

/** The commands of keys the window handles itself (not a view's, not Review mode's). */
export type WindowKeyCommand = Extract<(typeof KEYMAP)[number], { context: 'anywhere' | 'window' | 'text' }>['command']
type ReviewMenuCommand = Extract<AppCommand, `review-${string}`>
type WindowCommand = WindowKeyCommand | Exclude<AppCommand, ReviewMenuCommand>

/** Review mode's menu commands, for review-commands.ts. */
export const isReviewCommand = (command: AppCommand): command is ReviewMenuCommand => command.startsWith('review-')

/** false: the command did not apply (the key is left to the browser). */
type Action = (ctx: AppContext, commands: Commands) => boolean | void

/**
 * The menu's Undo and Redo in a text field undo the typing there, as everywhere else.
 * A document deleted since the last edit is the first thing Undo brings back.
 */
const history =
  (step: 'undo' | 'redo'): Action =>
  (ctx, commands) => {
    if (isTyping(document.activeElement)) document.execCommand(step)
    else if (step === 'redo' || !ctx.undoDeletion()) commands[step]()
  }

export const ACTIONS: Record<WindowCommand, Action> = {
  'caret-left': (_ctx, c) => c.moveCaret(-1, false),
  'caret-right': (_ctx, c) => c.moveCaret(1, false),
  'extend-left': (_ctx, c) => c.moveCaret(-1, true),
  'extend-right': (_ctx, c) => c.moveCaret(1, true),
  'clear-selection': (_ctx, c) => c.clearSelection(),
  'span-next': (_ctx, c) => c.stepSpan(1),
  'span-previous': (_ctx, c) => c.stepSpan(-1),
  'end-right': (_ctx, c) => c.moveBoundary('end', 1),
  'end-left': (_ctx, c) => c.moveBoundary('end', -1),
  'start-left': (_ctx, c) => c.moveBoundary('start', -1),
  'start-right': (_ctx, c) => c.moveBoundary('start', 1),
  'overlap-larger': (_ctx, c) => c.cycleOverlap(1),
  'overlap-smaller': (_ctx, c) => c.cycleOverlap(-1),
  'remove-span': (ctx, c) => {
    if (ctx.doc.selectedId === null) return false
    void c.removeSpan()
  },
  'edit-note': (ctx, c) => {
    if (!ctx.doc.selected) return false
    c.openNote()
  },
  'suggestion-next': (_ctx, c) => c.stepSuggestion(1),
  'suggestion-previous': (_ctx, c) => c.stepSuggestion(-1),
  'suggestion-accept': (_ctx, c) => c.acceptSuggestion(),
  'suggestion-accept-all': (_ctx, c) => c.acceptSureSuggestions(),
  'suggestion-reject': (_ctx, c) => c.rejectSuggestion(),
  find: (_ctx, c) => c.openFind(),
  'find-next': (_ctx, c) => c.findNext(1),
  'find-previous': (_ctx, c) => c.findNext(-1),
  undo: history('undo'),
  redo: history('redo'),
  'next-unfinished': (_ctx, c) => void c.openUnfinished(1),
  'previous-unfinished': (_ctx, c) => void c.openUnfinished(-1),
  'status-todo': (_ctx, c) => void c.setStatus('todo'),
  'status-in_progress': (_ctx, c) => void c.setStatus('in_progress'),
  'status-done': (_ctx, c) => void c.setStatus('done'),
  'status-skipped': (_ctx, c) => void c.setStatus('skipped'),
  'rename-document': (ctx) => {
    if (!ctx.doc.current) return false
    ctx.doc.renaming = true
  },
  'import-files': (_ctx, c) => void c.importFromDialog(),
  'export-jsonl': (_ctx, c) => void c.exportJsonl(),
  'edit-labels': (ctx) => ctx.dialogs.show('labels'),
  'show-guidelines': (ctx) => ctx.dialogs.show('guidelines'),
  'show-shortcuts': (ctx) => ctx.dialogs.show('shortcuts'),
  'focus-next-region': (ctx) => !ctx.dialogs.open && focusRegion(1),
  'focus-previous-region': (ctx) => !ctx.dialogs.open && focusRegion(-1),
  'theme-system': (ctx) => ctx.preferences.setTheme('system'),
  'theme-light': (ctx) => ctx.preferences.setTheme('light'),
  'theme-dark': (ctx) => ctx.preferences.setTheme('dark'),
  'language-en': (ctx) => ctx.preferences.setLocale('en'),
  'language-vi': (ctx) => ctx.preferences.setLocale('vi'),
}

/** Runs a command of the menu or of a key; false when it did not apply. */
export function runCommand(command: WindowCommand, ctx: AppContext, commands: Commands): boolean {
  return ACTIONS[command](ctx, commands) !== false
}
