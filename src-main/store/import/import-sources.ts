/**
 * What an import reads: each path expanded to units (a file, or a brat
 * document's .txt and .ann), folders walked in name order.
 */
import { existsSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { ImportFormat } from '../../core/export'
import type { Problem } from '../../core/import'

export type ImportUnit = { kind: 'file'; path: string } | { kind: 'brat'; txt: string; ann: string }

const TEXT_EXT = new Set(['.txt', '.md'])
const DATA_EXT = new Set(['.jsonl', '.json', '.conll', '.conllu', '.iob', '.bio', '.tsv'])

export async function importUnits(paths: readonly string[], format: ImportFormat | undefined, problems: Problem[]): Promise<ImportUnit[]> {
  const units: ImportUnit[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => null)
    if (!info) problems.push({ file: path, line: 1, message: 'no such file or folder' })
    else if (info.isDirectory()) units.push(...(await folderUnits(path, format)))
    else units.push(fileUnit(path, format))
  }
  return units
}

function fileUnit(path: string, format: ImportFormat | undefined): ImportUnit {
  const ext = extname(path).toLowerCase()
  const stem = path.slice(0, path.length - ext.length)
  if (format === undefined || format === 'brat') {
    if (ext === '.ann') return { kind: 'brat', txt: `${stem}.txt`, ann: path }
    if (ext === '.txt' && existsSync(`${stem}.ann`)) return { kind: 'brat', txt: path, ann: `${stem}.ann` }
  }
  return { kind: 'file', path }
}

/** Every importable file below `dir`: brat pairs, text files, and data files; names sorted. */
export async function folderUnits(dir: string, format: ImportFormat | undefined): Promise<ImportUnit[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const names = new Set(entries.map((e) => e.name))
  const units: ImportUnit[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      units.push(...(await folderUnits(path, format)))
      continue
    }
    const ext = extname(entry.name).toLowerCase()
    const stem = basename(entry.name, extname(entry.name))
    const asBrat = format === undefined || format === 'brat'
    if (ext === '.ann' && !asBrat) continue
    if (ext === '.txt' && names.has(`${stem}.ann`) && asBrat) continue // read with its .ann
    if (ext === '.ann' || TEXT_EXT.has(ext) || DATA_EXT.has(ext)) units.push(fileUnit(path, format))
  }
  return units
}

export const unitFile = (unit: ImportUnit): string => (unit.kind === 'file' ? unit.path : unit.ann)
