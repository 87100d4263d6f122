/**
 * Imports files the window was given as bytes (dropped on it: a sandboxed page
 * sees no paths). They are written under their own names to a private temporary
 * folder and imported from there exactly as File → Import would, so the checks,
 * pairing (.txt with .ann) and "nothing partial" rules are the same; every path
 * in the summary is given back as the name the file was dropped with.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import type { ImportSummary } from '../../core/import'
import { importPaths, type ImportOptions } from './import-files'
import type { Workspace } from '../workspace/workspace'

export interface DroppedFile {
  /** A plain file name, no folders. */
  name: string
  bytes: Uint8Array
}

export async function importContents(workspace: Workspace, files: readonly DroppedFile[], options: ImportOptions): Promise<ImportSummary> {
  const dir = await mkdtemp(join(tmpdir(), 'spanwright-drop-'))
  try {
    const paths: string[] = []
    const taken = new Set<string>()
    for (const [i, file] of files.entries()) {
      // Two files of the same name (from different folders) each get a folder of their own.
      const folder = taken.has(file.name) ? join(dir, String(i)) : dir
      taken.add(file.name)
      await mkdir(folder, { recursive: true })
      const path = join(folder, file.name)
      await writeFile(path, file.bytes)
      paths.push(path)
    }
    const summary = await importPaths(workspace, paths, options)
    return renamePaths(summary, (file) => (file.startsWith(dir + sep) ? (file.split(sep).at(-1) ?? file) : file))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function renamePaths(summary: ImportSummary, name: (file: string) => string): ImportSummary {
  const named = <T extends { file: string }>(items: T[]): T[] => items.map((item) => ({ ...item, file: name(item.file) }))
  return {
    ...summary,
    imported: named(summary.imported),
    duplicates: named(summary.duplicates),
    normalized: named(summary.normalized),
    notices: named(summary.notices),
    problems: named(summary.problems),
    refused: summary.refused.map(name),
  }
}
