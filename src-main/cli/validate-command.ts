import { Option, type Command } from 'commander'
import { IMPORT_FORMAT_IDS, type ImportFormat } from '../core/export'
import { formatProblem } from '../core/import'
import { checkInputPaths } from '../store/import/input-paths'
import { validateFiles } from '../store/import/validate-files'
import { CliExit } from './cli-exit'
import type { CliContext } from './context'

export function addValidateCommand(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check files against the data contract (docs/format.md); prints every problem as file:line: message, exits 0 only when clean')
    .argument('<files...>', 'files or folders, in any format import reads')
    .addOption(new Option('-f, --format <format>', 'the format (default: told from each file\'s content)').choices(IMPORT_FORMAT_IDS))
    .option('--labels <list>', 'the label ids a span may have, comma-separated (default: any)')
    .action(async (files: string[], opts: { format?: ImportFormat; labels?: string }) => {
      await checkInputPaths(files, { readsFolders: { format: opts.format } })
      // Problems name files as they were given, so they can be pasted back into an editor.
      const report = await validateFiles(files, {
        ...(opts.format ? { format: opts.format } : {}),
        ...(opts.labels ? { labels: opts.labels.split(',').map((l) => l.trim()).filter(Boolean) } : {}),
      })
      for (const p of report.problems) ctx.stdout(`${formatProblem(p)}\n`)
      for (const n of report.notices) ctx.stderr(`${formatProblem({ ...n, message: `note: ${n.message}` })}\n`)
      for (const f of report.files) {
        const state = f.problems ? `${f.problems} problem${f.problems === 1 ? '' : 's'}` : 'ok'
        ctx.stderr(`${f.file}: ${count(f.documents, 'document')}, ${count(f.spans, 'span')}: ${state}\n`)
      }
      if (report.problems.length) throw new CliExit(1)
    })
}


const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`
