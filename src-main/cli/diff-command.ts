import type { Command } from 'commander'
import { diffCorpora } from '../core/compare'
import { SpanwrightError } from '../core/errors'
import { loadAnnotationSources } from '../store/import/annotation-source'
import { checkInputPaths } from '../store/import/input-paths'
import { CliExit } from './cli-exit'
import type { CliContext } from './context'
import { diffJson, diffText, hasDifferences } from './diff-output'
import { styleFor } from './style'

export function addDiffCommand(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description('show how two annotation files (canonical .jsonl or workspace folders) differ, span by span')
    .argument('<a>', 'the first file or workspace folder (the reference)')
    .argument('<b>', 'the second file or workspace folder')
    .option('--json', 'print {"documents": {...}, "counts": {...}} instead of text')
    .option('--exit-code', 'exit 1 when there are differences, 0 when there are none, 2 on error')
    .action(async (a: string, b: string, opts: { json?: boolean; exitCode?: boolean }) => {
      try {
        await checkInputPaths([a, b])
        const [sideA, sideB] = await loadAnnotationSources([a, b])
        const diff = diffCorpora(sideA?.records ?? [], sideB?.records ?? [])
        ctx.stdout(opts.json ? `${JSON.stringify(diffJson(diff), null, 2)}\n` : diffText(diff, styleFor(ctx)))
        if (opts.exitCode && hasDifferences(diff)) throw new CliExit(1)
      } catch (error) {
        // Like `git diff --exit-code`: 1 means "they differ", so every failure is 2.
        if (!opts.exitCode || error instanceof CliExit) throw error
        const message = error instanceof SpanwrightError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`
        ctx.stderr(`spanwright: ${message}\n`)
        throw new CliExit(2)
      }
    })
}
