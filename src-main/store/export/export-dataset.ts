/**
 * Exports the workspace in any format: documents in workspace order, each read,
 * turned into its canonical record, filtered, encoded and written before the
 * next, so memory holds one document's output at a time.
 */
import { realpath } from 'node:fs/promises'
import { basename, dirname, extname, isAbsolute, join, relative } from 'node:path'
import { SpanwrightError } from '../../core/errors'
import type { DocumentFile } from '../../core/model'
import {
  canonicalRecord,
  encoderFor,
  exportLabels,
  formatInfo,
  selectRecord,
  splitPartOf,
  type DatasetExportSummary,
  type DroppedSpan,
  type Encoder,
  type ExportPartSummary,
  type ExportFilters,
  type ExportFormat,
  type SplitSpec,
} from '../../core/export'
import { ioError, openFileSink, openFolderSink, streamSink, type FileSink, type FolderSink } from './export-sink'
import type { Workspace } from '../workspace/workspace'

export type { DatasetExportSummary, ExportPartSummary } from '../../core/export'

export interface DatasetExportOptions {
  path: string
  format: ExportFormat
  filters?: ExportFilters
  split?: SplitSpec
  /** Fail, writing nothing, when the format would have to drop a span. */
  strict?: boolean
  /** Called after each document with how many of the workspace's documents are done. */
  onProgress?(done: number, total: number): void
  /** Write to this stream instead of `path` (`--out -`): one file-format part only. */
  stream?: (text: string) => Promise<void> | void
}

/** A strict export that would have dropped spans: nothing was written; `dropped` lists them all. */
export class SpansDroppedError extends SpanwrightError {
  constructor(
    readonly dropped: DroppedSpan[],
    message: string,
  ) {
    super('invalid_file', message)
  }
}

interface Part extends ExportPartSummary {
  encoder: Encoder
  prefix: string
  sink: FileSink | FolderSink
  written: number
}

export async function exportDataset(workspace: Workspace, options: DatasetExportOptions): Promise<DatasetExportSummary> {
  const filters = options.filters ?? {}
  const labels = exportLabels(workspace.labels.map((l) => l.id), filters)
  if (!options.stream) await refuseInsideWorkspace(options.path, workspace.dir)
  const parts = await openParts(options, labels)
  const dropped: DroppedSpan[] = []
  try {
    const entries = [...workspace.entries()]
    const total = entries.length
    const reads = readAhead(workspace, entries.map((e) => e.id))
    let done = 0
    for (const entry of entries) {
      const doc = await reads.next()
      const record = selectRecord(canonicalRecord(doc, { annotator: workspace.annotator, status: entry.status }), filters)
      if (record) {
        const name = options.split ? splitPartOf(record.id, options.split) : null
        const part = parts.find((p) => p.name === name) as Part
        const lost = await writeRecord(part, record)
        dropped.push(...lost)
        // What the part holds: the spans written, not the ones the format had to drop.
        const notWritten = new Set(lost.map((d) => d.spanId)).size
        part.documents++
        part.spans += record.spans.length - notWritten
        part.dropped += notWritten
      }
      options.onProgress?.(++done, total)
    }
    if (options.strict && dropped.length > 0) throw new SpansDroppedError(dropped, strictMessage(options.format, dropped))
    for (const part of parts) await finishPart(part)
    for (const sink of new Set(parts.map((p) => p.sink))) await sink.commit()
  } catch (error) {
    await Promise.all([...new Set(parts.map((p) => p.sink))].map((s) => s.abort().catch(() => undefined)))
    throw ioError(`cannot write ${options.path}`, error)
  }
  const summaries = parts.map(({ name, path, documents, spans, dropped }) => ({ name, path, documents, spans, dropped }))
  const leftovers = [...new Set(parts.map((p) => p.sink))].flatMap((s) => s.leftovers)
  return {
    format: options.format,
    path: options.stream ? '-' : options.path,
    documents: summaries.reduce((n, p) => n + p.documents, 0),
    spans: summaries.reduce((n, p) => n + p.spans, 0),
    parts: summaries,
    dropped,
    ...(leftovers.length ? { leftovers } : {}),
  }
}

const AHEAD = 8

/**
 * Reads documents in order, a few ahead of the one being encoded, so reading the
 * next files overlaps encoding and writing this one.
 */
function readAhead(workspace: Workspace, ids: readonly string[]): { next(): Promise<DocumentFile> } {
  const pending: Array<Promise<DocumentFile>> = []
  let at = 0
  const fill = (): void => {
    while (pending.length < AHEAD && at < ids.length) {
      const read = workspace.readDocumentOnce(ids[at++] as string)
      read.catch(() => undefined) // awaited in turn; an export that stops early must not leave it unhandled
      pending.push(read)
    }
  }
  return {
    next() {
      fill()
      const read = pending.shift() as Promise<DocumentFile>
      fill()
      return read
    },
  }
}

/** Writing into the workspace being read would replace its own files (spanwright.json, a document) or leave strangers in it. */
async function refuseInsideWorkspace(target: string, workspaceDir: string): Promise<void> {
  const real = async (path: string): Promise<string> => realpath(path).catch(() => path)
  const where = join(await real(dirname(target)), basename(target))
  const inside = relative(await real(workspaceDir), where)
  if (!inside.startsWith('..') && !isAbsolute(inside)) {
    throw new SpanwrightError('invalid_argument', `cannot export to ${target}: it is inside the workspace being exported (${workspaceDir}); choose a place outside it`)
  }
}

async function openParts(options: DatasetExportOptions, labels: string[]): Promise<Part[]> {
  const names = options.split ? options.split.parts.map((p) => p.name) : [null]
  const info = formatInfo(options.format)
  const made: Part[] = []
  try {
    if (options.stream) {
      if (info.layout === 'folder' || options.split) throw new SpanwrightError('invalid_argument', `standard output holds one file: ${info.layout === 'folder' ? `${options.format} writes a folder` : 'a split writes one file per part'}`)
      made.push({ name: null, path: '-', documents: 0, spans: 0, dropped: 0, written: 0, prefix: '', sink: streamSink(options.stream), encoder: encoderFor(options.format, { labels }) })
    } else if (info.layout === 'folder') {
      // One folder, with a subfolder per split part: it appears whole or not at all.
      const sink = await openFolderSink(options.path)
      for (const name of names) {
        const path = name ? join(options.path, name) : options.path
        made.push({ name, path, documents: 0, spans: 0, dropped: 0, written: 0, prefix: name ? `${name}/` : '', sink, encoder: encoderFor(options.format, { labels }) })
      }
    } else {
      for (const name of names) {
        const path = name ? partFile(options.path, name) : options.path
        made.push({ name, path, documents: 0, spans: 0, dropped: 0, written: 0, prefix: '', sink: await openFileSink(path), encoder: encoderFor(options.format, { labels }) })
      }
    }
  } catch (error) {
    await Promise.all([...new Set(made.map((p) => p.sink))].map((s) => s.abort().catch(() => undefined)))
    throw error
  }
  return made
}

/** `data.jsonl` → `data.train.jsonl`. */
export function partFile(path: string, part: string): string {
  const ext = extname(path)
  return join(dirname(path), `${basename(path, ext)}.${part}${ext}`)
}

async function writeRecord(part: Part, record: Parameters<Encoder['encode']>[0]): Promise<DroppedSpan[]> {
  if (part.encoder.layout === 'folder') {
    const { files, dropped } = part.encoder.encode(record)
    for (const f of files) await (part.sink as FolderSink).writeFile(part.prefix + f.name, f.content)
    return dropped
  }
  const { text, dropped } = part.encoder.encode(record)
  const sink = part.sink as FileSink
  await sink.write(part.written === 0 ? part.encoder.begin + text : part.encoder.separator + text)
  part.written++
  return dropped
}

async function finishPart(part: Part): Promise<void> {
  if (part.encoder.layout === 'folder') {
    for (const f of part.encoder.finish()) await (part.sink as FolderSink).writeFile(part.prefix + f.name, f.content)
    return
  }
  await (part.sink as FileSink).write(part.written === 0 ? part.encoder.empty : part.encoder.end)
}

function strictMessage(format: ExportFormat, dropped: DroppedSpan[]): string {
  const shown = dropped.slice(0, 5).map((d) => `${d.docId} ${d.start}..${d.end} ${d.label}`)
  const more = dropped.length > shown.length ? `, and ${dropped.length - shown.length} more` : ''
  return `${format} cannot hold ${dropped.length} span${dropped.length === 1 ? '' : 's'} (${shown.join('; ')}${more}); nothing was written (without --strict they are dropped and listed)`
}
