/**
 * The contract as the window sees it: the services' calls (api.ts) with every file
 * named by a token a dialog of the main process handed out, never by a path.
 */
import { z } from 'zod'
import { UI_LOCALES, type ApiMethod, type AppCommand, type Envelope } from './api-methods'
import { apiInputs, type ApiOutputs, type DocumentSummary, type ReviewTarget } from './api'
import type { SpanColumns } from './core/model/span-columns'

/**
 * An opened document as the window receives it: the spans as columns, cheap to move
 * and to parse (core/model/span-columns.ts; core/span-columns.ts turns them back into
 * spans, their texts cut from `text`).
 */
export interface OpenedDocumentColumns extends DocumentSummary {
  text: string
  spans: SpanColumns
  revision: string
}
export type ReopenedDocumentColumns = OpenedDocumentColumns | (DocumentSummary & { revision: string; unchanged: true })

/**
 * A file or folder the main process's dialog handed the window (shell/path-grants.ts). A
 * window can read or write only what the user chose: a path it sends itself is refused.
 */
const PATH_TOKEN = 'a token from a file dialog (the window cannot name a path)'
const PathToken = z.string({ error: PATH_TOKEN }).regex(/^[0-9a-f]{32}$/, PATH_TOKEN)

/** What the window may send, checked at the IPC boundary: the contract, with files named by dialog tokens. */
export const windowInputs = {
  ...apiInputs,
  exportDataset: apiInputs.exportDataset.omit({ path: true }).extend({ token: PathToken }),
  importFiles: apiInputs.importFiles.omit({ paths: true }).extend({ token: PathToken }),
  compareWith: z.strictObject({ token: PathToken }),
} satisfies Record<ApiMethod, z.ZodType>

/** The window's language, sent at start and on each change, so the native menu speaks it (shell/menu-strings.ts). */
export const menuLanguageInput = z.strictObject({ locale: z.enum(UI_LOCALES) })
export type MenuLanguage = z.output<typeof menuLanguageInput>

/** A dialog's answer to the window: the token to name the choice by, and its paths to show. */
export interface ChosenPath {
  token: string
  path: string
}
export interface ChosenPaths {
  token: string
  paths: string[]
}

/** What the window receives: the contract's results, with a token beside each path it may use again. */
export interface WindowOutputs extends Omit<ApiOutputs, 'chooseExportPath' | 'chooseImportPaths' | 'getReview' | 'openDocument' | 'reopenDocument'> {
  /** null when cancelled. */
  chooseExportPath: ChosenPath | null
  /** null when cancelled or where no dialog can be shown. */
  chooseImportPaths: ChosenPaths | null
  /** The kept review's file, with a token to compare with it again. */
  getReview: (ReviewTarget & { token: string }) | null
  /** The spans as columns: what the window needs to draw, cheap to move and parse. */
  openDocument: OpenedDocumentColumns
  reopenDocument: ReopenedDocumentColumns
}

export type WindowInput<M extends ApiMethod> = z.output<(typeof windowInputs)[M]>
export type WindowOutput<M extends ApiMethod> = WindowOutputs[M]
/** The contract as the window sees it (shell/window-api.ts turns it into the services' calls). */
export type WindowContract = { [M in ApiMethod]: (input: WindowInput<M>) => Promise<WindowOutput<M>> }

/** What the renderer's code calls (src-renderer/app/client.ts): a refused call throws an ApiError with its code. */
export interface WindowApi extends WindowContract {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void
  /** Rebuilds the native menu in the window's language. */
  setMenuLanguage(input: MenuLanguage): Promise<null>
}

/** What the preload exposes as `window.api`: each method resolves to its envelope, never throws a service's error. */
export type BridgeApi = { [M in ApiMethod]: (input: WindowInput<M>) => Promise<Envelope<WindowOutput<M>>> } & Pick<WindowApi, 'onCommand'> & {
  setMenuLanguage(input: MenuLanguage): Promise<Envelope<null>>
}
