import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { apiInputs } from '../api'
import { IMPORT_FORMAT_IDS, type ImportFormat } from '../core/export'
import { formatProblem, type ImportSummary } from '../core/import'
import { openServices } from '../services'
import { checkInputPaths } from '../store/import/input-paths'
import { checkedRequest } from './checked-request'
import { CliExit } from './cli-exit'
import type { CliContext } from './context'
import { headlessDialogs } from './headless-dialogs'
import { progressBar } from './progress-bar'
import { reportRecovered } from './read-workspace'
import { plural } from './plural'

interface ImportOptions {
  workspace?: string
  format?: ImportFormat
  skipInvalid?: boolean
  addLabels?: boolean
}

export function addImportCommand(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('add documents from files or folders in any export format, or .txt/.md (one document each); a new workspace starts empty')
    .argument('<paths...>', 'files or folders (a brat folder, or a folder of .txt/.md files)')
    .option('-w, --workspace <dir>', 'workspace folder (default: SPANWRIGHT_WORKSPACE, then the app\'s own)')
    .addOption(new Option('-f, --format <format>', 'the input format (default: told from each file\'s content)').choices(IMPORT_FORMAT_IDS))
    .option('--skip-invalid', 'import the good documents of a file with problems, instead of nothing from it')
    .option('--add-labels', 'add the labels the files use that the workspace lacks (each printed), instead of refusing their spans')
    .action(async (paths: string[], opts: ImportOptions) => {
      const request = checkedRequest(
        apiInputs.importFiles,
        { paths: paths.map((p) => resolve(p)), ...(opts.format ? { format: opts.format } : {}), skipInvalid: opts.skipInvalid === true, addLabels: opts.addLabels === true },
        { paths: { flag: 'paths' }, format: { flag: '--format' } },
      )
      // Before the workspace is opened: a mistyped path must not leave a new, empty workspace behind.
      await checkInputPaths(paths, { readsFolders: { format: opts.format } })
      const services = await openServices({
        workspaceDir: ctx.workspace(opts.workspace).dir,
        resourcesDir: ctx.resourcesDir,
        dialogs: headlessDialogs,
        seed: false,
        holder: 'the spanwright command line',
      })
      reportRecovered(ctx, services.workspace)
      const bar = progressBar(ctx, 'files')
      const stop = services.progress.listen((p) => bar.update(p.done, p.total))
      let result: ImportSummary
      try {
        result = await services.importFiles(request).finally(() => {
          stop()
          bar.clear()
        })
      } finally {
        await services.close()
      }
      report(ctx, result, services.workspace.dir)
      if (result.refused.length) throw new CliExit(1)
    })
}

function report(ctx: CliContext, r: ImportSummary, dir: string): void {
  // On stdout: a new label is a change to the workspace a script may want to act on.
  for (const id of r.labelsAdded) ctx.stdout(`added label ${id}\n`)
  for (const p of r.problems) ctx.stderr(`${formatProblem(p)}\n`)
  for (const n of r.notices) ctx.stderr(`${formatProblem({ ...n, message: `note: ${n.message}` })}\n`)
  for (const d of r.duplicates) {
    ctx.stderr(`${d.file}:${d.line}: document ${d.id} ("${d.title}") is ${d.already}; not imported again\n`)
  }
  for (const n of r.normalized) {
    const moved = n.spansRemapped ? `; ${plural(n.spansRemapped, 'span')} moved with it` : ''
    ctx.stderr(`${n.file}:${n.line}: text normalized (${n.normalized.join(', ')})${moved}\n`)
  }
  for (const file of r.refused) ctx.stderr(`spanwright: nothing imported from ${file} because of the problems above (--skip-invalid imports its good documents)\n`)
  const spans = r.imported.reduce((n, d) => n + d.spans, 0)
  ctx.stderr(`imported ${plural(r.imported.length, 'document')}, ${plural(spans, 'span')} into ${dir}\n`)
}
