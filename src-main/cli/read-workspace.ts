import { join } from 'node:path'
import { SpanwrightError } from '../core/errors'
import { openServices, type Services } from '../services'
import type { WorkspaceChoice } from '../store/workspace/default-workspace'
import { workspaceAbsence } from '../store/workspace/existing-workspace'
import { DOCUMENTS_DIR } from '../store/workspace/layout'
import type { Workspace } from '../store/workspace/workspace'
import type { CliContext } from './context'
import { headlessDialogs } from './headless-dialogs'
import { plural } from './plural'

/**
 * The workspace's services for a command that only reads it: no workspace lock
 * (the app may be open) and changes refused. Only the app's own workspace, which
 * nobody typed, is created (and seeded) on first use, taking the lock for that.
 */
export async function openForReading(ctx: CliContext, option: string | undefined): Promise<Services> {
  const choice = ctx.workspace(option)
  await refuseUnknownWorkspace(choice)
  const services = await openServices({
    workspaceDir: choice.dir,
    resourcesDir: ctx.resourcesDir,
    dialogs: headlessDialogs,
    access: 'read',
    holder: 'the spanwright command line',
  })
  reportRecovered(ctx, services.workspace)
  return services
}

/** What the opening found of an import a kill interrupted (document files the index did not list), one line each. */
export function reportRecovered(ctx: CliContext, workspace: Workspace): void {
  const { adopted, trashed, waiting } = workspace.recovered
  if (adopted.length) {
    const titles = adopted.map((d) => JSON.stringify(d.title)).join(', ')
    ctx.stderr(`spanwright: recovered ${plural(adopted.length, 'document')} from an interrupted import, now listed as todo: ${titles}\n`)
  }
  for (const t of trashed) {
    ctx.stderr(`spanwright: moved ${t.id}.json, left unlisted by an interrupted import, to the trash as ${t.trashId}: ${t.reason}\n`)
  }
  if (waiting) {
    ctx.stderr(
      `spanwright: ${plural(waiting, 'document file')} in ${join(workspace.dir, DOCUMENTS_DIR)} ${waiting === 1 ? 'is' : 'are'} not listed (an interrupted import); ` +
        'the next import or the app lists them\n',
    )
  }
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
