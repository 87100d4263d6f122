/**
 * Loads one side of a comparison: a canonical `.jsonl` file or a workspace
 * folder. Only reads: a workspace is never created, seeded, migrated or
 * cleaned here, so comparing with another annotator's folder leaves it as it was.
 */
import { stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { SpanwrightError } from '../../core/errors'
import { canonicalRecord } from '../../core/export'
import { formatProblem, readCanonicalJsonl } from '../../core/import'
import type { CanonicalRecord } from '../../core/model'
import { decodeUtf8 } from '../../core/utf8'
import { isCode } from '../files/atomic-write'
import { notRegularMessage, readBounded } from '../files/bounded-read'
import { DOCUMENT_FORMAT, INDEX_FORMAT } from '../files/file-format'
import { JsonFileAdapter } from '../files/json-file-adapter'
import { DOCUMENTS_DIR, INDEX_FILE } from '../workspace/workspace'

export type SourceKind = 'jsonl' | 'workspace'

export interface AnnotationSource {
  /** Absolute path. */
  path: string
  kind: SourceKind
  /** Who annotated it: the workspace's annotator, or the records' one (the file name when they differ). */
  name: string
  records: CanonicalRecord[]
  /** Label ids in the schema's order (a workspace); empty for a file, which has no schema. */
  labels: string[]
}

const MAX_PROBLEMS_SHOWN = 20

export async function loadAnnotationSource(path: string): Promise<AnnotationSource> {
  const full = resolve(path)
  const info = await stat(full).catch((error: unknown) => {
    if (isCode(error, 'ENOENT') || isCode(error, 'ENOTDIR')) throw new SpanwrightError('invalid_argument', `${path}: no such file or folder`)
    throw new SpanwrightError('io', `cannot read ${path} (${errorCode(error)})`)
  })
  if (!info.isDirectory() && !info.isFile()) throw new SpanwrightError('invalid_argument', `${path}: ${notRegularMessage}`)
  return info.isDirectory() ? loadWorkspaceFolder(full, path) : loadJsonlFile(full, path)
}

async function loadJsonlFile(full: string, shown: string): Promise<AnnotationSource> {
  const bytes = await readBounded(full, shown).catch((error: unknown) => {
    throw error instanceof SpanwrightError ? error : new SpanwrightError('io', `cannot read ${shown} (${errorCode(error)})`)
  })
  const decoded = decodeUtf8(bytes)
  if (!decoded.ok) throw new SpanwrightError('invalid_file', `${shown}: byte ${decoded.byteOffset}: ${decoded.reason}`)
  // A record that names no annotator is named after its file, as a file of several annotators is.
  const { records, problems } = readCanonicalJsonl(decoded.text, shown, { annotator: basename(full) })
  if (problems.length) {
    const listed = problems.slice(0, MAX_PROBLEMS_SHOWN).map(formatProblem)
    if (problems.length > listed.length) listed.push(`… and ${problems.length - listed.length} more`)
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
    throw new SpanwrightError('invalid_file', `${shown} is not a canonical annotation file (${count}):\n${listed.join('\n')}`)
  }
  const annotators = new Set(records.map((r) => r.record.annotator))
  const name = annotators.size === 1 ? ([...annotators][0] as string) : basename(full)
  return { path: full, kind: 'jsonl', name, records: records.map((r) => r.record), labels: [] }
}

async function loadWorkspaceFolder(full: string, shown: string): Promise<AnnotationSource> {
  const index = await new JsonFileAdapter(join(full, INDEX_FILE), INDEX_FORMAT).read()
  if (!index) throw new SpanwrightError('invalid_argument', `${shown} is a folder but not a Spanwright workspace (it has no ${INDEX_FILE})`)
  const records: CanonicalRecord[] = []
  for (const entry of index.documents) {
    const file = join(full, DOCUMENTS_DIR, `${entry.id}.json`)
    const doc = await new JsonFileAdapter(file, DOCUMENT_FORMAT).read()
    if (!doc) throw new SpanwrightError('invalid_file', `${file}: the document file is missing`)
    records.push(canonicalRecord(doc, { annotator: index.annotator, status: entry.status }))
  }
  return { path: full, kind: 'workspace', name: index.annotator, records, labels: index.labels.map((l) => l.id) }
}

const errorCode = (e: unknown): string =>
  typeof e === 'object' && e && 'code' in e ? String(e.code) : e instanceof Error ? e.message : String(e)

/** Loads every input; inputs made under the same annotator name are told apart by their file name. */
export async function loadAnnotationSources(paths: readonly string[]): Promise<AnnotationSource[]> {
  const sources: AnnotationSource[] = []
  for (const path of paths) sources.push(await loadAnnotationSource(path))
  return withDistinctNames(sources)
}

export function withDistinctNames(sources: readonly AnnotationSource[]): AnnotationSource[] {
  const count = (name: string, list: readonly AnnotationSource[]): number => list.filter((s) => s.name === name).length
  const named = sources.map((s) => (count(s.name, sources) > 1 ? { ...s, name: `${s.name} (${basename(s.path)})` } : s))
  return named.map((s, k) => (count(s.name, named) > 1 ? { ...s, name: `${s.name} #${k + 1}` } : s))
}
