import { resolve } from 'node:path'
import type { Command } from 'commander'
import { openServices } from '../services'
import { headlessDialogs } from './headless-dialogs'
import type { CliContext } from './context'

export function addExportCommand(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('write the workspace as canonical JSONL (FORMAT.md); creates and seeds the workspace if it does not exist')
    .option('-w, --workspace <dir>', 'workspace folder (default: SPANWRIGHT_WORKSPACE, then the app\'s own)')
    .requiredOption('-o, --out <file>', 'the .jsonl file to write')
    .action(async (opts: { workspace?: string; out: string }) => {
      const services = await openServices({
        workspaceDir: ctx.workspaceDir(opts.workspace),
        resourcesDir: ctx.resourcesDir,
        dialogs: headlessDialogs,
      })
      try {
        const result = await services.exportJsonl({ path: resolve(opts.out) })
        ctx.stderr(`exported ${result.documents} documents, ${result.spans} spans to ${result.path}\n`)
      } finally {
        await services.close()
      }
    })
}
