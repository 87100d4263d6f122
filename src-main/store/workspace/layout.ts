/**
 * Where each file of a workspace lives. Every path built from an id goes through
 * here, and the id is checked first, so nothing read from a file or an IPC call
 * can name a path outside the workspace.
 */
import { join } from 'node:path'
import { SpanwrightError } from '../../core/errors'
import { ConflictCopyName, DocumentId, fileStamp, TrashId } from '../../core/model'

export const INDEX_FILE = 'spanwright.json'
export const DOCUMENTS_DIR = 'documents'
export const TRASH_DIR = 'trash'
export const BACKUPS_DIR = 'backups'
export const LOCK_FILE = '.spanwright.lock'

/** documents/<id>.json: the only shape of name a document file has. */
export const DOCUMENT_FILE_NAME = /^([0-9a-f]{16})\.json$/

export function documentPath(dir: string, id: string): string {
  return join(dir, DOCUMENTS_DIR, `${checked(DocumentId, id, 'document id')}.json`)
}

export function trashPaths(dir: string, trashId: string): { file: string; meta: string } {
  const name = checked(TrashId, trashId, 'trash id')
  return { file: join(dir, TRASH_DIR, `${name}.json`), meta: join(dir, TRASH_DIR, `${name}.meta.json`) }
}

export function conflictCopyPath(dir: string, name: string): string {
  return join(dir, DOCUMENTS_DIR, checked(ConflictCopyName, name, 'conflict copy name'))
}

export const conflictCopyName = (id: string, stamp: string): string => `${checked(DocumentId, id, 'document id')}.conflict-${stamp}.json`

/** The document id a trash id or conflict copy name starts with. */
export const idPrefix = (name: string): string => name.slice(0, 16)

/** A file name stamp for `iso`, made unique among `taken` by a counter. */
export function uniqueStamp(iso: string, taken: (stamp: string) => boolean): string {
  const base = fileStamp(iso)
  if (!taken(base)) return base
  for (let n = 2; n < 10_000; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`
  throw new SpanwrightError('io', `too many files stamped ${base}`)
}

/** The ISO time a stamp stands for (the counter dropped). */
export function stampTime(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(stamp)
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : ''
}

function checked(schema: { safeParse(v: unknown): { success: boolean } }, value: string, what: string): string {
  if (!schema.safeParse(value).success) {
    throw new SpanwrightError('invalid_argument', `not a valid ${what}: ${JSON.stringify(value.slice(0, 80))}`)
  }
  return value
}
