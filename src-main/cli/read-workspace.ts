import { SpanwrightError } from '../core/errors'
import { openServices, type Services } from '../services'
import type { WorkspaceChoice } from '../store/workspace/default-workspace'
import { workspaceAbsence } from '../store/workspace/existing-workspace'
import type { CliContext } from './context'
import { headlessDialogs } from './headless-dialogs'

/**
 * The workspace's services for a command that only reads it: no workspace lock
 * (the app may be open) and changes refused. Only the app's own workspace, which
 * nobody typed, is created (and seeded) on first use, taking the lock for that.
 */
export async function openForReading(ctx: CliContext, option: string | undefined): Promise<Services> {
  const choice = ctx.workspace(option)
  await refuseUnknownWorkspace(choice)
  return openServices({
    workspaceDir: choice.dir,
    resourcesDir: ctx.resourcesDir,
    dialogs: headlessDialogs,
    access: 'read',
    holder: 'the spanwright command line',
  })
}

/** A workspace named by --workspace or SPANWRIGHT_WORKSPACE must be there: exit 2, naming where the name came from. */
async function refuseUnknownWorkspace(choice: WorkspaceChoice): Promise<void> {
  if (choice.from === 'default') return
  const absence = await workspaceAbsence(choice.dir)
  if (!absence) return
  const named = choice.from === 'option' ? '--workspace' : 'SPANWRIGHT_WORKSPACE'
  const what = absence === 'missing' ? 'no such folder' : 'the folder is not a Spanwright workspace (it has no spanwright.json)'
  throw new SpanwrightError('invalid_argument', `${named}: ${choice.dir}: ${what}; only the app's own workspace is created on first use`)
}
