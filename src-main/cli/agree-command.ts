import type { Command } from 'commander'
import { agreementOf, diffCorpora } from '../core/compare'
import { loadAnnotationSources } from '../store/import/annotation-source'
import { checkInputPaths } from '../store/import/input-paths'
import { agreementText } from './agree-output'
import type { CliContext } from './context'
import { styleFor } from './style'

export function addAgreeCommand(program: Command, ctx: CliContext): void {
  program
    .command('agree')
    .description("agreement of two annotation files over their shared documents: span P/R/F1 (exact, partial), token Cohen's κ and Krippendorff's α")
    .argument('<a>', 'the reference: a canonical .jsonl file or a workspace folder')
    .argument('<b>', 'the file or workspace folder scored against it')
    .option('--json', 'print {"documents", "labels", "micro", "mean_kappa", "mean_alpha"} instead of a table')
    .action(async (a: string, b: string, opts: { json?: boolean }) => {
      await checkInputPaths([a, b])
      const [sideA, sideB] = await loadAnnotationSources([a, b])
      if (!sideA || !sideB) return
      const diff = diffCorpora(sideA.records, sideB.records)
      const agreement = agreementOf(diff.documents, { order: sideA.labels })
      ctx.stdout(opts.json ? `${JSON.stringify(agreement, null, 2)}\n` : agreementText(agreement, { a: sideA.name, b: sideB.name }, styleFor(ctx)))
    })
}
