/**
 * The paths a command reads, checked before anything is done: a missing or
 * unreadable path is a mistake in the command (exit 2), not a problem of the data,
 * and nothing may be created because of it.
 */
import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { SpanwrightError } from '../../core/errors'
import type { ImportFormat } from '../../core/export'
import { isCode } from '../files/atomic-write'
import { notRegularMessage } from '../files/bounded-read'
import { folderUnits } from './import-sources'

export interface InputCheck {
  /** Import and validate read files in folders: a folder with none to read is refused. */
  readsFolders?: { format: ImportFormat | undefined }
}

export async function checkInputPaths(paths: readonly string[], check: InputCheck = {}): Promise<void> {
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => {
      throw pathError(path, error)
    })
    if (!info.isDirectory() && !info.isFile()) throw new SpanwrightError('invalid_argument', `${path}: ${notRegularMessage}`)
    await access(path, info.isDirectory() ? constants.R_OK | constants.X_OK : constants.R_OK).catch((error: unknown) => {
      throw pathError(path, error)
    })
    if (info.isDirectory() && check.readsFolders && !(await folderUnits(path, check.readsFolders.format)).length) {
      throw new SpanwrightError('invalid_argument', `${path}: nothing to read (the folder has no .txt, .md, .jsonl, .json, .conll or brat .ann files)`)
    }
  }
}

function pathError(path: string, error: unknown): SpanwrightError {
  if (isCode(error, 'ENOENT') || isCode(error, 'ENOTDIR')) return new SpanwrightError('invalid_argument', `${path}: no such file or folder`)
  if (isCode(error, 'EACCES') || isCode(error, 'EPERM')) return new SpanwrightError('invalid_argument', `${path}: cannot be read (permission denied)`)
  return new SpanwrightError('io', `cannot read ${path} (${error instanceof Error ? error.message : String(error)})`)
}
