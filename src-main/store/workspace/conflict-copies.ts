/**
 * Conflict copies: when a document changed outside Spanwright and in the app at
 * the same time, the outside version stays the document and the app's version
 * is saved beside it as documents/<id>.conflict-<time>.json (see DocumentStore).
 * They are found by listing the folder, so they survive restarts and a `git pull`.
 * Resolving one never deletes anything: the side not kept moves to trash/.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { SpanwrightError } from '../../core/errors'
import { ConflictCopyName } from '../../core/model'
import { isCode, syncFolder, writeFileAtomic } from '../files/atomic-write'
import type { DocumentStore } from './document-store'
import { DOCUMENT_FORMAT } from '../files/file-format'
import { JsonFileAdapter } from '../files/json-file-adapter'
import { conflictCopyPath, documentPath, DOCUMENTS_DIR, idPrefix, stampTime, TRASH_DIR, uniqueStamp } from './layout'

export interface ConflictCopy {
  /** The copy's file name in documents/. */
  name: string
  docId: string
  /** When the copy was saved (ISO). */
  at: string
}

export async function listConflictCopies(dir: string): Promise<ConflictCopy[]> {
  const names = await readdir(join(dir, DOCUMENTS_DIR)).catch((e: unknown) => (isCode(e, 'ENOENT') ? [] : Promise.reject(e)))
  return names
    .filter((name) => ConflictCopyName.safeParse(name).success)
    .sort()
    .map((name) => ({ name, docId: idPrefix(name), at: stampTime(name.slice('0123456789abcdef.conflict-'.length)) }))
}

/**
 * Settles conflict copy `name`: 'outside' keeps the document as it is and moves
 * the copy to trash/; 'app' makes the copy the document, moving the outside
 * version to trash/ first.
 */
export function resolveConflictCopy(dir: string, documents: DocumentStore, name: string, keep: 'outside' | 'app', now: string): Promise<void> {
  const copy = conflictCopyPath(dir, name)
  const id = idPrefix(name)
  return documents.exclusive(id, async () => {
    if (!existsSync(copy)) throw new SpanwrightError('not_found', `there is no conflict copy ${copy}`)
    await mkdir(join(dir, TRASH_DIR), { recursive: true })
    if (keep === 'outside') {
      await rename(copy, join(dir, TRASH_DIR, name))
    } else {
      const mine = new JsonFileAdapter(copy, DOCUMENT_FORMAT).parse(await readFile(copy, 'utf8'))
      if (mine.id !== id) throw new SpanwrightError('invalid_file', `${copy}: holds document ${mine.id}, not ${id}`)
      const target = documentPath(dir, id)
      const outside = await readFile(target, 'utf8').catch((e: unknown) => (isCode(e, 'ENOENT') ? null : Promise.reject(e)))
      const stamp = uniqueStamp(now, (s) => existsSync(join(dir, TRASH_DIR, `${id}.replaced-${s}.json`)))
      if (outside !== null) await writeFileAtomic(join(dir, TRASH_DIR, `${id}.replaced-${stamp}.json`), outside)
      await rename(copy, target)
      documents.forget(id)
    }
    await syncFolder(join(dir, DOCUMENTS_DIR))
    await syncFolder(join(dir, TRASH_DIR))
    await rm(copy, { force: true })
  })
}
