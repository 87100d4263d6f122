/**
 * What both ends of IPC share without loading the schemas: method names, channels
 * and the result envelope. Kept free of dependencies so the sandboxed preload
 * bundle stays tiny. `api.ts` checks at compile time that this list and the
 * contract name exactly the same methods.
 */
import type { MenuKeyCommand } from './core/keymap'

export const API_METHODS = [
  'getWorkspace',
  'listDocuments',
  'openDocument',
  'reopenDocument',
  'applySpanEdits',
  'chooseExportPath',
  'exportDataset',
  'chooseImportPaths',
  'importFiles',
  'taskProgress',
  'verifyDocuments',
  'deleteDocument',
  'listTrash',
  'restoreDocument',
  'listConflicts',
  'resolveConflict',
  'compareWith',
  'reviewDocument',
  'decideReview',
  'getReview',
  'setDocumentStatus',
  'updateLabels',
  'removeLabel',
  'importFileContents',
  'suggestDocument',
  'rejectSuggestion',
  'restoreSuggestion',
  'setSuggestionThreshold',
  'suggestionOrder',
  'renameDocument',
  'searchDocuments',
  'copyWorkspace',
] as const
export type ApiMethod = (typeof API_METHODS)[number]

/** Commands the main process sends to the window (menu items, accelerators). */
export const APP_COMMANDS = [
  'export-jsonl',
  'import-files',
  'next-unfinished',
  'previous-unfinished',
  'status-todo',
  'status-in_progress',
  'status-done',
  'status-skipped',
  'edit-labels',
  'show-guidelines',
  'theme-system',
  'theme-light',
  'theme-dark',
  'language-en',
  'language-vi',
  'review-compare-file',
  'review-compare-folder',
  'review-agreement',
  'review-close',
  'undo',
  'redo',
  'find',
  'find-next',
  'find-previous',
  'show-shortcuts',
] as const
export type AppCommand = (typeof APP_COMMANDS)[number]
// Every command the menu shows a key for (core/keymap.ts) is one the main process can send.
const menuKeysAreCommands: [MenuKeyCommand] extends [AppCommand] ? true : false = true
void menuKeysAreCommands

export const apiChannel = (method: ApiMethod): string => `api:${method}`
export const COMMAND_CHANNEL = 'app:command'

/** The languages the window speaks; it tells the main process its own, so the native menu speaks it too. */
export const UI_LOCALES = ['en', 'vi'] as const
export type UiLocale = (typeof UI_LOCALES)[number]
/** The window's own message to the main process (not a service's call): its language changed, or it started. */
export const MENU_LANGUAGE_CHANNEL = 'window:setMenuLanguage'

// The envelope's shape lives in core (pure), where the window's client (src-renderer/app/client.ts) unwraps it.
export type { ApiFailure, Envelope } from './core/api-envelope'
