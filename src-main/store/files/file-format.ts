import { z } from 'zod'
import { SpanwrightError } from '../../core/errors'
import {
  DocumentFile,
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
}

export const formatOf = <T>(kind: FileKind, schema: z.ZodType<T>): FileFormat<T> => ({
  kind,
  schema,
  current: SCHEMA_VERSIONS[kind],
  migrations: MIGRATIONS,
})

export const INDEX_FORMAT = formatOf('index', WorkspaceIndex)
export const DOCUMENT_FORMAT = formatOf('document', DocumentFile)
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
  if (format.kind === null) return { data: validated(json, file, format.schema), migratedFrom: null }
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
  return { data: validated(up.data, file, format.schema), migratedFrom: up.status === 'migrated' ? up.from : null }
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
