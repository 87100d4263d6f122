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
import { exportServices } from './services/exports'
import { Workspace } from './store/workspace'

export type { Dialogs } from './services/context'

export interface ServiceOptions {
  workspaceDir: string
  resourcesDir: string
  dialogs: Dialogs
  /** Recorded on new spans; defaults to SPANWRIGHT_ANNOTATOR, then the login name. */
  annotator?: string
  now?: () => Date
}

export type Services = Api & { readonly workspace: Workspace; close(): Promise<void> }

export async function openServices(options: ServiceOptions): Promise<Services> {
  const now = (): string => (options.now?.() ?? new Date()).toISOString()
  const workspace = await Workspace.open(options.workspaceDir, {
    resourcesDir: options.resourcesDir,
    annotator: options.annotator ?? defaultAnnotator(),
    now,
  })
  const ctx: ServiceContext = {
    workspace,
    dialogs: options.dialogs,
    now,
    newId: () => nanoid(12),
    editContext: () => ({ now: now(), annotator: workspace.annotator, labels: workspace.labels }),
  }
  return {
    workspace,
    ...documentServices(ctx),
    ...exportServices(ctx),
    close: () => workspace.flush(),
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
