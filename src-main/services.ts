/**
 * Implements the contract (api.ts) over the core and the store. The same object
 * serves Electron's IPC, the command line and the end-to-end bridge. Each group
 * of methods lives in ./services/; this file only assembles them.
 */
import { userInfo } from 'node:os'
import { nanoid } from 'nanoid'
import type { Api } from './api'
import type { ServiceContext, Dialogs } from './services/context'
import { documentServices } from './services/documents'
import { exportServices, type ExportMethods } from './services/exports'
import { importServices } from './services/imports'
import { labelServices } from './services/labels'
import { Progress, progressServices } from './services/progress'
import { reviewServices } from './services/review'
import { spanEditServices } from './services/span-edits'
import { storageServices } from './services/storage-checks'
import { titleServices } from './services/titles'
import { trashServices } from './services/trash'
import { SuggestionEngine } from './services/suggest/engine'
import { localLearnerHost } from './services/suggest/learner-host'
import { workerLearnerHost } from './services/suggest/worker-host'
import { suggestionServices } from './services/suggestions'
import { SuggestionFiles } from './store/workspace/suggestion-files'
import { Workspace } from './store/workspace/workspace'

export type { Dialogs } from './services/context'

export interface ServiceOptions {
  workspaceDir: string
  resourcesDir: string
  dialogs: Dialogs
  /** Recorded on new spans; defaults to SPANWRIGHT_ANNOTATOR, then the login name. */
  annotator?: string
  now?: () => Date
  /** 'read' opens without the workspace lock and refuses changes (read-only commands); default 'write'. */
  access?: 'write' | 'read'
  /** Who holds the workspace lock, as a second program is told; default "the Spanwright app". */
  holder?: string
  /** false: a workspace folder that does not exist yet starts empty, not seeded (an import's target). */
  seed?: boolean
  /**
   * The built suggestion worker (out/main/suggest-worker.js): the learner then runs in a
   * worker thread, so a retrain never holds up a save. Absent: in this thread (the CLI, unit tests).
   */
  suggestWorker?: string
}

export type Services = Api & {
  /** The command line's `--out -`. */
  readonly exportToStream: ExportMethods['exportToStream']
  readonly workspace: Workspace
  readonly progress: Progress
  readonly suggestions: SuggestionEngine
  close(): Promise<void>
}

export async function openServices(options: ServiceOptions): Promise<Services> {
  const now = (): string => (options.now?.() ?? new Date()).toISOString()
  const workspaceOptions = {
    resourcesDir: options.resourcesDir,
    annotator: options.annotator ?? defaultAnnotator(),
    now,
    access: options.access ?? 'write',
    holder: options.holder ?? 'the Spanwright app',
    seed: options.seed ?? true,
  }
  const workspace = await Workspace.open(options.workspaceDir, workspaceOptions)
  const host = options.suggestWorker ? workerLearnerHost(options.suggestWorker) : localLearnerHost()
  const suggestions = new SuggestionEngine(workspace, host, await SuggestionFiles.open(workspace.dir))
  const ctx: ServiceContext = {
    workspace,
    suggestions,
    dialogs: options.dialogs,
    now,
    newId: () => nanoid(12),
    editContext: () => ({ now: now(), annotator: workspace.annotator, labels: workspace.labels }),
    progress: new Progress(),
    openWorkspace: (dir) => Workspace.open(dir, { ...workspaceOptions, seed: false }),
  }
  const { closeReview, ...review } = reviewServices(ctx)
  return {
    workspace,
    progress: ctx.progress,
    suggestions,
    ...documentServices(ctx),
    ...spanEditServices(ctx),
    ...exportServices(ctx),
    ...importServices(ctx),
    ...labelServices(ctx),
    ...progressServices(ctx.progress),
    ...trashServices(ctx),
    ...storageServices(ctx),
    ...review,
    ...suggestionServices(ctx),
    ...titleServices(ctx),
    close: async () => {
      await host.close()
      await closeReview()
      await workspace.close()
    },
  }
}

function defaultAnnotator(): string {
  if (process.env.SPANWRIGHT_ANNOTATOR) return process.env.SPANWRIGHT_ANNOTATOR
  try {
    return userInfo().username
  } catch {
    return 'annotator'
  }
}
