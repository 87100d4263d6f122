import { createHash } from 'node:crypto'
import { z } from 'zod'
import { SpanwrightError } from '../../core/errors'
import {
  DocumentFile,
  documentProblem,
  MIGRATIONS,
  SCHEMA_VERSIONS,
  TrashRecord,
  upgrade,
  WorkspaceIndex,
  type FileKind,
  type Migration,
} from '../../core/model'
import { parseJsonFile } from './parse-json'

/** How one kind of file is read: its runtime schema, the version this build writes, the steps up to it. */
export interface FileFormat<T> {
  /** null: a file without schema versioning (only validated). */
  kind: FileKind | null
  schema: z.ZodType<T>
  current: number
  migrations: readonly Migration[]
  /** What the schema cannot see (a span past the text, a wrong hash): the reason the data is damaged, or null. */
  check?: (data: T) => string | null
}

export const formatOf = <T>(kind: FileKind, schema: z.ZodType<T>): FileFormat<T> => ({
  kind,
  schema,
  current: SCHEMA_VERSIONS[kind],
  migrations: MIGRATIONS,
})

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

/** One document listed twice would be shown, edited and exported twice. */
function indexProblem(index: WorkspaceIndex): string | null {
  const seen = new Map<string, number>()
  for (const [i, entry] of index.documents.entries()) {
    const earlier = seen.get(entry.id)
    if (earlier !== undefined) return `the document ${entry.id} is listed twice (entries ${earlier + 1} and ${i + 1}); remove one`
    seen.set(entry.id, i)
  }
  return null
}

export const INDEX_FORMAT: FileFormat<WorkspaceIndex> = { ...formatOf('index', WorkspaceIndex), check: indexProblem }
// Checked on every read of the file; the stat cache (json-file-adapter.ts) spares a read when nothing changed.
export const DOCUMENT_FORMAT: FileFormat<DocumentFile> = { ...formatOf('document', DocumentFile), check: (doc) => documentProblem(doc, sha256Hex) }
export const TRASH_FORMAT = formatOf('trash', TrashRecord)

export interface Parsed<T> {
  data: T
  /** The schema version the file had when it was older than `current` (its data was migrated in memory). */
  migratedFrom: number | null
}

/**
 * Reads one file's text: JSON with file:line:col on a fault, then its schema
 * version (a newer file is refused, an older one migrated), then its format.
 */
export function parseVersioned<T>(text: string, file: string, format: FileFormat<T>): Parsed<T> {
  const json = parseJsonFile(text, file)
  if (format.kind === null) return { data: checked(validated(json, file, format.schema), file, format), migratedFrom: null }
  const up = upgrade(format.kind, json, format.current, format.migrations)
  if (up.status === 'newer') {
    throw new SpanwrightError(
      'newer_version',
      `${file}: written by a newer version of Spanwright (schema ${up.version}; this version reads schema ${format.current} and older). ` +
        'Update Spanwright to open it; the file is left as it is.',
    )
  }
  if (up.status === 'unversioned') {
    throw new SpanwrightError('invalid_file', `${file}: has no "schema" version number, so it is not a Spanwright ${format.kind} file`)
  }
  if (up.status === 'no_migration') {
    throw new SpanwrightError('internal', `${file}: no migration of ${format.kind} files from schema ${up.version}`)
  }
  return { data: checked(validated(up.data, file, format.schema), file, format), migratedFrom: up.status === 'migrated' ? up.from : null }
}

function checked<T>(data: T, file: string, format: FileFormat<T>): T {
  const problem = format.check?.(data)
  if (problem) throw new SpanwrightError('invalid_file', `${file}: ${problem}`)
  return data
}

function validated<T>(json: unknown, file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
  throw new SpanwrightError('invalid_file', `${file}: does not match the format${where}: ${issue?.message ?? 'invalid'}`)
}

/** A format with no schema versioning, for a plain zod schema. */
export const plainFormat = <T>(schema: z.ZodType<T>): FileFormat<T> => ({ kind: null, schema, current: 0, migrations: [] })
