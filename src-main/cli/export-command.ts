import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { apiInputs, type ApiInput } from '../api'
import { EXPORT_FORMAT_IDS, parseSplitParts, sizeText, type DatasetExportSummary, type DroppedSpan, type ExportFormat, type ExportLeftover } from '../core/export'
import { DOCUMENT_STATUSES } from '../core/model'
import { SpanwrightError } from '../core/errors'
import { SpansDroppedError } from '../store/export/export-dataset'
import { requireFolder } from '../store/export/export-sink'
import { checkedRequest } from './checked-request'
import type { CliContext } from './context'
import { openForReading } from './read-workspace'
import { progressBar } from './progress-bar'
import { plural } from './plural'

interface ExportOptions {
  workspace?: string
  out: string
  format: ExportFormat
  status?: string
  labels?: string
  annotator?: string
  split?: string
  seed: string
  strict?: boolean
}

export function addExportCommand(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description("write the workspace as a training dataset; only the app's own workspace (no --workspace, no SPANWRIGHT_WORKSPACE) is created and seeded on first use")
    .option('-w, --workspace <dir>', 'workspace folder (default: SPANWRIGHT_WORKSPACE, then the app\'s own)')
    .requiredOption('-o, --out <path>', 'the file to write (a folder for brat), in a folder that exists; - for standard output')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMAT_IDS).default('jsonl'))
    .option('--status <list>', `only documents with these statuses (${DOCUMENT_STATUSES.join(', ')}), comma-separated`)
    .option('--labels <list>', 'only spans with these labels, comma-separated (also the IOB2 columns)')
    .option('--annotator <name>', "only this annotator's spans")
    .option('--split <parts>', 'write one file per part, e.g. train=0.8,dev=0.1,test=0.1 (data.jsonl → data.train.jsonl…)')
    .option('--seed <n>', 'seed of the split: the same seed and document id always give the same part', '0')
    .option('--strict', 'fail, writing nothing, if the format would have to drop a span')
    .action(async (opts: ExportOptions) => {
      const request = exportRequest(opts)
      const toStdout = opts.out === '-'
      if (toStdout && opts.split) throw new SpanwrightError('invalid_argument', '--out - writes one file to standard output; --split writes one per part: name a file')
      if (!toStdout) await requireFolder(request.path)
      const services = await openForReading(ctx, opts.workspace)
      const bar = progressBar(ctx, 'documents')
      const stop = services.progress.listen((p) => bar.update(p.done, p.total))
      try {
        const result = await (toStdout ? services.exportToStream(request, ctx.stdout) : services.exportDataset(request)).finally(() => {
          stop()
          bar.clear()
        })
        report(ctx, result)
      } catch (error) {
        // --strict: list every span that stopped the export, then fail.
        if (error instanceof SpansDroppedError) for (const d of error.dropped) ctx.stderr(`${droppedLine(d)}\n`)
        throw error
      } finally {
        await services.close()
      }
    })
}

function exportRequest(opts: ExportOptions): ApiInput<'exportDataset'> {
  const list = (value: string | undefined): string[] | undefined => value?.split(',').map((s) => s.trim()).filter(Boolean)
  const statuses = list(opts.status)
  const labels = list(opts.labels)
  const request = {
    path: resolve(opts.out),
    format: opts.format,
    ...(statuses ? { statuses } : {}),
    ...(labels ? { labels } : {}),
    ...(opts.annotator !== undefined ? { annotator: opts.annotator } : {}),
    ...(opts.split ? { split: { parts: parseSplitParts(opts.split), seed: Number(opts.seed) } } : {}),
    strict: opts.strict === true,
  }
  return checkedRequest(apiInputs.exportDataset, request, {
    path: { flag: '--out' },
    format: { flag: '--format' },
    statuses: { flag: '--status' },
    labels: { flag: '--labels' },
    annotator: { flag: '--annotator' },
    split: { flag: '--split', typed: opts.split },
    'split.seed': { flag: '--seed', typed: opts.seed },
  })
}

function report(ctx: CliContext, result: DatasetExportSummary): void {
  for (const l of result.leftovers ?? []) ctx.stderr(`${leftoverLine(l)}\n`)
  for (const d of result.dropped) ctx.stderr(`${droppedLine(d)}\n`)
  if (result.dropped.length) ctx.stderr(`spanwright: ${result.format} could not hold ${plural(result.dropped.length, 'span')} (listed above); the export has every other span\n`)
  if (result.parts.length === 1 && result.parts[0]?.name === null) {
    ctx.stderr(`exported ${result.documents} documents, ${result.spans} spans to ${result.path === '-' ? 'standard output' : result.path}\n`)
    return
  }
  for (const p of result.parts) ctx.stderr(`exported ${p.documents} documents, ${p.spans} spans to ${p.path} (${p.name})\n`)
}

export const droppedLine = (d: DroppedSpan): string =>
  `dropped: document ${d.docId}, ${d.label} span ${d.start}..${d.end} ${JSON.stringify(d.text)}: ${d.reason}`

export const leftoverLine = (l: ExportLeftover): string =>
  l.action === 'removed'
    ? `spanwright: removed leftover partial export ${l.path} (${sizeText(l.bytes)}) from an interrupted export`
    : `spanwright: put back ${l.path} (${sizeText(l.bytes)}), the earlier export an interrupted export had moved aside`
