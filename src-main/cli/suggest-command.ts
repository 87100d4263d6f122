/**
 * `spanwright suggest`: the workspace's suggestions as canonical JSONL (one record
 * per selected document, its spans the suggestions), or with --curve a learning
 * curve over the done documents. Reads the workspace as it is; writes nothing in it.
 */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { z } from 'zod'
import { canonicalRecord, jsonlLine } from '../core/export'
import { SpanwrightError } from '../core/errors'
import { computedSpanId } from '../core/import/complete-record'
import { DocumentStatus, LabelId, type DocumentFile, type Span } from '../core/model'
import type { Suggestion } from '../core/suggest/types'
import type { Services } from '../services'
import { openFileSink, requireFolder } from '../store/export/export-sink'
import { checkedRequest } from './checked-request'
import type { CliContext } from './context'
import { openForReading } from './read-workspace'
import { printCurve } from './suggest-curve'

/** What the command asks of the workspace, checked like the contract's own inputs. */
const SuggestRequest = z.strictObject({
  statuses: z.array(DocumentStatus).min(1),
  labels: z.array(LabelId).min(1).optional(),
  minScore: z.number().min(0).max(1).optional(),
  rulesOnly: z.boolean(),
  seed: z.number().int().safe(),
})
type SuggestRequest = z.output<typeof SuggestRequest>

interface SuggestOptions {
  workspace?: string
  out?: string
  status: string
  labels?: string
  rulesOnly?: boolean
  minScore?: string
  curve?: boolean
  json?: boolean
  seed: string
}

export function addSuggestCommand(program: Command, ctx: CliContext): void {
  program
    .command('suggest')
    .description('write suggestions for the documents not done as canonical JSONL, learned from the workspace as it is')
    .option('-w, --workspace <dir>', "workspace folder (default: SPANWRIGHT_WORKSPACE, then the app's own)")
    .option('-o, --out <file>', 'the .jsonl file to write (required unless --curve)')
    .option('--status <list>', 'documents with these statuses, comma-separated', 'todo,in_progress')
    .option('--labels <list>', 'only suggestions of these labels, comma-separated')
    .option('--rules-only', 'the rules alone, without learning from the workspace')
    .option('--min-score <x>', "only suggestions scored at least x (0-1); default: each label's threshold")
    .option('--curve', 'print a learning curve over the done documents instead (train on 20/40/60/80 %, score the rest)')
    .option('--json', 'with --curve: print JSON')
    .option('--seed <n>', 'with --curve: the seed that picks the training documents', '1')
    .action(async (opts: SuggestOptions) => {
      const list = (value: string | undefined): string[] | undefined => value?.split(',').map((s) => s.trim()).filter(Boolean)
      const request = checkedRequest(
        SuggestRequest,
        {
          statuses: list(opts.status),
          ...(opts.labels !== undefined ? { labels: list(opts.labels) } : {}),
          ...(opts.minScore !== undefined ? { minScore: Number(opts.minScore) } : {}),
          rulesOnly: opts.rulesOnly === true,
          seed: Number(opts.seed),
        },
        { statuses: { flag: '--status' }, labels: { flag: '--labels' }, minScore: { flag: '--min-score', typed: opts.minScore ?? '' }, seed: { flag: '--seed', typed: opts.seed } },
      )
      if (!opts.curve && !opts.out) throw new SpanwrightError('invalid_argument', '--out: where to write the suggestions (or --curve for a learning curve)')
      if (opts.out) await requireFolder(resolve(opts.out))
      const services = await openForReading(ctx, opts.workspace)
      try {
        if (opts.curve) printCurve(ctx, await services.suggestions.curve(request.seed, request.labels), opts.json === true)
        else await writeSuggestions(ctx, services, resolve(opts.out as string), request)
      } finally {
        await services.close()
      }
    })
}

async function writeSuggestions(ctx: CliContext, services: Services, out: string, args: SuggestRequest): Promise<void> {
  const { workspace, suggestions } = services
  const statuses = new Set<string>(args.statuses)
  const selected = workspace.entries().filter((e) => statuses.has(e.status))
  // The learner is brought up to date once for all of them, before the output file is opened.
  const offered = await suggestions.suggestMany(
    selected.map((e) => e.id),
    {
      ...(args.labels ? { labels: args.labels } : {}),
      ...(args.minScore !== undefined ? { minScore: args.minScore } : {}),
      ...(args.rulesOnly ? { rulesOnly: true } : {}),
    },
  )
  const sink = await openFileSink(out)
  const now = new Date().toISOString()
  let spans = 0
  try {
    for (const [i, entry] of selected.entries()) {
      const doc = await workspace.readDocument(entry.id)
      const found = offered[i] ?? []
      const record = canonicalRecord({ ...doc, spans: found.map((s) => asSpan(doc, s, workspace.annotator, now)) }, { annotator: workspace.annotator, status: entry.status })
      await sink.write(jsonlLine(record))
      spans += found.length
    }
    await sink.commit()
  } catch (error) {
    await sink.abort()
    throw error
  }
  ctx.stderr(`suggested ${spans} spans in ${selected.length} documents to ${out}\n`)
}

/** A suggestion as a span of the export: its own id, origin "suggested", its score and reason in attributes. */
function asSpan(doc: DocumentFile, s: Suggestion, annotator: string, now: string): Span {
  return {
    id: computedSpanId(doc.id, s.start, s.end, s.label),
    start: s.start,
    end: s.end,
    label: s.label,
    text: s.text,
    attributes: { score: Math.round(s.score * 1000) / 1000, reason: s.reasons.map(reasonText).join('; ') },
    note: '',
    annotator,
    origin: 'suggested',
    created_at: now,
    updated_at: now,
  }
}

export const reasonText = (r: Suggestion['reasons'][number]): string =>
  r.kind === 'rule' ? `rule ${r.rule}` : r.kind === 'memory' ? `seen ${r.seen} times` : 'model'
