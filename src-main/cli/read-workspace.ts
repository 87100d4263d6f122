import { openServices, type Services } from '../services'
import type { CliContext } from './context'
import { headlessDialogs } from './headless-dialogs'

/**
 * The workspace's services for a command that only reads it: no workspace lock
 * (the app may be open) and changes refused; only creating a workspace that does
 * not exist yet takes the lock.
 */
export const openForReading = (ctx: CliContext, workspace: string | undefined): Promise<Services> =>
  openServices({
    workspaceDir: ctx.workspaceDir(workspace),
    resourcesDir: ctx.resourcesDir,
    dialogs: headlessDialogs,
    access: 'read',
    holder: 'the spanwright command line',
  })
