/**
 * Imports files into a workspace: every unit is read, checked and turned into
 * documents; a unit with any problem imports nothing unless skipInvalid, and
 * documents whose id the workspace (or this import) already has are reported,
 * not added again. Everything accepted is added in one go at the end.
 */
import { basename } from 'node:path'
import { newDocument } from '../../core/new-document'
import { checkLabelSchema } from '../../core/label-schema'
import { LABEL_ID_RULE, LabelId } from '../../core/model/label'
import { missingLabels } from '../../core/new-label'
import type { ImportFormat } from '../../core/export'
import {
  buildDocument,
  canonicalDocuments,
  detectFormat,
  readBrat,
  READERS,
  type BuildContext,
  type BuiltDocument,
  type ImportSummary,
  type Problem,
  type ReadResult,
} from '../../core/import'
import { decodeUtf8 } from '../../core/utf8'
import { importText } from '../../core/text'
import { documentTooLargeMessage, MAX_DOCUMENT_BYTES, readBounded, RefusedRead } from '../files/bounded-read'
import { importUnits, unitFile, type ImportUnit } from './import-sources'
import type { Workspace } from '../workspace/workspace'

export type { ImportSummary } from '../../core/import'
type Duplicate = ImportSummary['duplicates'][number]

export interface ImportOptions {
  format?: ImportFormat
  /** Import the good documents of a file that has problems, instead of none of them. */
  skipInvalid?: boolean
  /** Add the labels imported spans use that the workspace lacks, instead of refusing those spans. */
  addLabels?: boolean
  now: string
  newId(): string
  onProgress?(done: number, total: number): void
}

export async function importPaths(workspace: Workspace, paths: readonly string[], options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: [], duplicates: [], normalized: [], notices: [], problems: [], refused: [], labelsAdded: [] }
  const units = await importUnits(paths, options.format, summary.problems)
  const labels = options.addLabels ? null : workspace.labels.map((l) => l.id)
  const ctx: BuildContext = { now: options.now, annotator: workspace.annotator, labels, newId: options.newId }
  const known = new Map<string, Duplicate['already']>(workspace.entries().map((e) => [e.id, 'in the workspace']))
  const accepted: BuiltDocument[] = []
  for (const [i, unit] of units.entries()) {
    const read = await readUnit(unit, options.format, ctx)
    const { built, problems, notices } = options.addLabels ? withAddableLabels(read) : read
    summary.problems.push(...problems)
    summary.notices.push(...notices)
    if (problems.length && !options.skipInvalid) {
      summary.refused.push(unitFile(unit))
    } else {
      for (const b of built) {
        const where = known.get(b.doc.id)
        if (where) {
          summary.duplicates.push({ id: b.doc.id, title: b.doc.title, file: b.file, line: b.line, already: where })
          continue
        }
        known.set(b.doc.id, 'earlier in this import')
        accepted.push(b)
      }
    }
    options.onProgress?.(i + 1, units.length)
  }
  if (options.addLabels) summary.labelsAdded = await addMissingLabels(workspace, accepted)
  if (accepted.length) await workspace.addDocuments(accepted.map((b) => ({ doc: b.doc, status: b.status })))
  for (const b of accepted) {
    summary.imported.push({ id: b.doc.id, title: b.doc.title, file: b.file, line: b.line, spans: b.doc.spans.length, status: b.status })
    if (b.normalized.length) summary.normalized.push({ id: b.doc.id, file: b.file, line: b.line, normalized: b.normalized, spansRemapped: b.remapped })
    summary.notices.push(...b.notices)
  }
  return summary
}

/** Labels first, documents after: a crash in between leaves labels without spans, never spans without a label. */
async function addMissingLabels(workspace: Workspace, accepted: readonly BuiltDocument[]): Promise<string[]> {
  const used = accepted.flatMap((b) => b.doc.spans.map((s) => s.label))
  if (!missingLabels(workspace.labels, used).length) return []
  let added: string[] = []
  await workspace.updateIndex((index) => {
    const more = missingLabels(index.labels, used)
    const next = [...index.labels, ...more]
    checkLabelSchema(index.labels, next)
    index.labels = next
    added = more.map((l) => l.id)
  })
  return added
}

/** A label to be added needs a valid id: a document with a span whose label cannot be one is refused. */
function withAddableLabels(read: UnitResult): UnitResult {
  const out: UnitResult = { ...read, built: [], problems: [...read.problems] }
  for (const b of read.built) {
    const bad = b.doc.spans.filter((s) => !LabelId.safeParse(s.label).success)
    out.problems.push(...bad.map((s) => ({ file: b.file, line: b.line, message: `span ${s.start}..${s.end}: "${s.label}" cannot be added as a label: ${LABEL_ID_RULE}` })))
    if (!bad.length) out.built.push(b)
  }
  out.problems.sort((a, b) => a.line - b.line)
  return out
}

export interface UnitResult {
  built: BuiltDocument[]
  problems: Problem[]
  notices: Problem[]
}

export async function readUnit(unit: ImportUnit, format: ImportFormat | undefined, ctx: BuildContext): Promise<UnitResult> {
  const read = await readUnitContent(unit, format, ctx)
  // A document past the limit is refused whatever the format: editing it would stall the window (README, "Performance").
  const tooLarge = read.built.filter((b) => Buffer.byteLength(b.doc.text, 'utf8') > MAX_DOCUMENT_BYTES)
  if (!tooLarge.length) return read
  const problems = [...read.problems, ...tooLarge.map((b) => ({ file: b.file, line: b.line, message: documentTooLargeMessage(Buffer.byteLength(b.doc.text, 'utf8')) }))]
  return { ...read, built: read.built.filter((b) => !tooLarge.includes(b)), problems: problems.sort((a, b) => a.line - b.line) }
}

async function readUnitContent(unit: ImportUnit, format: ImportFormat | undefined, ctx: BuildContext): Promise<UnitResult> {
  const file = unitFile(unit)
  const read = await readText(file)
  if ('message' in read) return { built: [], problems: [read], notices: [] }
  if (unit.kind === 'brat') {
    const txt = await readText(unit.txt)
    if ('message' in txt) return { built: [], problems: [txt], notices: [] }
    return buildAll(readBrat(txt.text, read.text, unit.ann, basename(unit.txt)), ctx)
  }
  const content = read.text.replace(/^\uFEFF/, '')
  const chosen = format ?? detectFormat(file, content)
  if (chosen === null) {
    return { built: [], problems: [{ file, line: 1, message: 'cannot tell which format this is; name it with --format' }], notices: [] }
  }
  if (chosen === 'text') {
    if (read.bytes.length > MAX_DOCUMENT_BYTES) return { built: [], problems: [{ file, line: 1, message: documentTooLargeMessage(read.bytes.length) }], notices: [] }
    const doc = newDocument(importText(read.bytes, file), basename(file), ctx.now)
    const built: BuiltDocument = { file, line: 1, doc, status: 'todo', normalized: doc.import.normalized, remapped: 0, notices: [] }
    return { built: [built], problems: [], notices: [] }
  }
  if (chosen === 'jsonl') return { ...canonicalDocuments(content, file, ctx), notices: [] }
  if (chosen === 'brat') return { built: [], problems: [{ file, line: 1, message: 'a brat document is a .ann file beside its .txt' }], notices: [] }
  return buildAll(READERS[chosen](content, file), ctx)
}

function buildAll(read: ReadResult, ctx: BuildContext): UnitResult {
  const out: UnitResult = { built: [], problems: [...read.problems], notices: [...(read.notices ?? [])] }
  for (const doc of read.docs) {
    const result = buildDocument(doc, ctx)
    if (result.ok) out.built.push(result.built)
    else out.problems.push(...result.problems)
  }
  out.problems.sort((a, b) => a.line - b.line)
  return out
}

/** The file's text, or why it is refused: not UTF-8 or binary, with the byte offset and its line. */
async function readText(file: string): Promise<{ bytes: Uint8Array; text: string } | Problem> {
  let bytes: Uint8Array
  try {
    bytes = await readBounded(file, file)
  } catch (error) {
    if (error instanceof RefusedRead) return { file, line: 1, message: error.reason }
    const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : String(error)
    return { file, line: 1, message: `cannot read the file (${code})` }
  }
  const decoded = decodeUtf8(bytes)
  if (decoded.ok) return { bytes, text: decoded.text }
  let line = 1
  for (let i = 0; i < decoded.byteOffset; i++) if (bytes[i] === 10) line++
  return { file, line, message: `byte ${decoded.byteOffset}: ${decoded.reason}; nothing was imported from this file` }
}
