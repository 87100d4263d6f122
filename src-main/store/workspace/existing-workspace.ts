/**
 * Whether a folder the user named is a workspace already. Commands that only read
 * must not create one there: a typo would otherwise become a new, seeded folder.
 */
import { readdir } from 'node:fs/promises'
import { isCode } from '../files/atomic-write'
import { DOCUMENTS_DIR, INDEX_FILE } from './layout'

/** 'missing': nothing there; 'foreign': a folder with neither an index nor documents. A file is left to Workspace.open, which names it. */
export async function workspaceAbsence(dir: string): Promise<'missing' | 'foreign' | null> {
  try {
    const names = await readdir(dir)
    // A folder with documents but no index is a workspace whose index is rebuilt on opening.
    return names.includes(INDEX_FILE) || names.includes(DOCUMENTS_DIR) ? null : 'foreign'
  } catch (error) {
    if (isCode(error, 'ENOENT')) return 'missing'
    return null
  }
}
