import { stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { MERGE_STRATEGIES, mergeRecords, type MergeConflict, type MergeStrategy } from '../core/compare'
import { SpanwrightError } from '../core/errors'
import { jsonlLine } from '../core/export'
import { writeFileAtomic } from '../store/files/atomic-write'
import { loadAnnotationSources } from '../store/import/annotation-source'
import { checkInputPaths } from '../store/import/input-paths'
import { CliExit } from './cli-exit'
import type { CliContext } from './context'
import { plural } from './plural'

interface MergeOptions {
  out: string
  strategy: MergeStrategy
  force?: boolean
}

export function addMergeCommand(program: Command, ctx: CliContext): void {
  program
    .command('merge')
    .description('merge two or more annotation files into one gold .jsonl; each span records the annotators who had it')
    .argument('<inputs...>', 'canonical .jsonl files or workspace folders, first one first (at least two)')
    .requiredOption('-o, --out <file>', 'the gold .jsonl file to write')
    .addOption(
      new Option(
        '--strategy <name>',
        'union: every span; majority: spans more than half the inputs have (with two inputs, only the spans both have: every disagreement is a tie); ' +
          'prefer-first: the earliest input wins a disagreement',
      )
        .choices(MERGE_STRATEGIES)
        .default('majority'),
    )
    .option('--force', 'write even when some conflicts are unsettled, leaving those spans out')
    .action(async (inputs: string[], opts: MergeOptions) => {
      if (inputs.length < 2) throw new SpanwrightError('invalid_argument', 'merge needs at least two inputs')
      const out = resolve(opts.out)
      if ((await stat(out).catch(() => null))?.isDirectory()) throw new SpanwrightError('invalid_argument', `cannot write the merge to ${out}: it is a folder`)
      if (!(await stat(dirname(out)).catch(() => null))?.isDirectory()) throw new SpanwrightError('invalid_argument', `cannot write ${out}: the folder ${dirname(out)} does not exist`)
      await checkInputPaths(inputs)
      const sources = await loadAnnotationSources(inputs)
      const { records, conflicts } = mergeRecords(sources, opts.strategy)
      for (const c of conflicts) ctx.stderr(`${conflictLine(c)}\n`)
      if (conflicts.length && !opts.force) {
        const n = conflicts.length
        ctx.stderr(
          `spanwright: ${plural(n, 'conflict')} the ${opts.strategy} strategy cannot settle; nothing was written ` +
            '(settle them, choose another --strategy, or --force to write the merge without those spans)\n',
        )
        if (sources.length === 2 && opts.strategy === 'majority') ctx.stderr(TWO_INPUTS)
        throw new CliExit(1)
      }
      await writeFileAtomic(out, records.map(jsonlLine).join('')).catch((error: unknown) => {
        throw new SpanwrightError('io', `cannot write ${out} (${error instanceof Error ? error.message : String(error)})`)
      })
      const spans = records.reduce((n, r) => n + r.spans.length, 0)
      const left = conflicts.length ? `, ${conflicts.length} conflicting spans left out` : ''
      ctx.stderr(`merged ${records.length} documents, ${spans} spans from ${sources.map((s) => s.name).join(', ')} (${opts.strategy}${left}) to ${out}\n`)
    })
}

// Two inputs tie on every span only one has, so majority settles nothing there: say what does.
const TWO_INPUTS =
  'spanwright: with two inputs every disagreement is a tie: --strategy prefer-first keeps the first input\'s span where they disagree ' +
  'and adds the spans only the second has; --strategy union keeps both; --force keeps only the spans both have; ' +
  'or settle each one in the app (Review → Compare with File…)\n'

function conflictLine(c: MergeConflict): string {
  const s = c.span
  return `conflict: ${c.docId} "${c.title}" ${s.label} ${s.start}..${s.end} ${JSON.stringify(s.text)}: had ${c.had.join(', ')}; not ${c.without.join(', ')}`
}
