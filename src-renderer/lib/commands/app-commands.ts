/**
 * The menu's commands and their keys, for the parts of the window this file
 * serves: corpus status and navigation, import, labels, guidelines, appearance
 * and language. The window handles the keys itself (the menu only shows them).
 */
import type { AppCommand } from '../../../src-main/api-methods'
import type { DocumentStatus } from '../../../src-main/core/model/document'
import type { Commands } from './commands'
import type { AppContext } from './context'

/** Runs a menu command; false for a command this file does not serve. */
export function runAppCommand(command: AppCommand, ctx: AppContext, commands: Commands): boolean {
  switch (command) {
    case 'status-todo':
    case 'status-in_progress':
    case 'status-done':
    case 'status-skipped':
      void commands.setStatus(command.slice('status-'.length) as DocumentStatus)
      return true
    case 'import-files':
      void commands.importFromDialog()
      return true
    case 'next-unfinished':
    case 'previous-unfinished':
      void commands.openUnfinished(command === 'next-unfinished' ? 1 : -1)
      return true
    case 'edit-labels':
      ctx.dialogs.show('labels')
      return true
    case 'show-guidelines':
      ctx.dialogs.show('guidelines')
      return true
    case 'theme-system':
    case 'theme-light':
    case 'theme-dark':
      ctx.preferences.setTheme(command.slice('theme-'.length) as 'system' | 'light' | 'dark')
      return true
    case 'language-en':
    case 'language-vi':
      ctx.preferences.setLocale(command === 'language-en' ? 'en' : 'vi')
      return true
    default:
      return false
  }
}

const STATUS_KEYS: Record<string, DocumentStatus> = { KeyT: 'todo', KeyP: 'in_progress', KeyD: 'done', KeyS: 'skipped' }

/** The command of a key press (the keys the menu shows), or null. They mean nothing in a text field, so they work there too. */
export function commandForKey(event: KeyboardEvent): AppCommand | null {
  if (event.defaultPrevented || event.isComposing || event.repeat) return null
  const command = event.ctrlKey || event.metaKey
  if (event.key === 'F8' && !command && !event.altKey) return event.shiftKey ? 'previous-unfinished' : 'next-unfinished'
  if (event.key === 'F1' && !command && !event.shiftKey && !event.altKey) return 'show-guidelines'
  if (!command || event.altKey) return null
  if (event.shiftKey) {
    const status = STATUS_KEYS[event.code]
    if (status) return `status-${status}`
    if (event.code === 'KeyL') return 'edit-labels'
    return null
  }
  if (event.code === 'KeyI') return 'import-files'
  return null
}
