/** Reads what the app wrote to the workspace folder, as any other tool would see it. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

export interface SpanOnDisk {
  id: string
  start: number
  end: number
  label: string
  text: string
  note?: string
  attributes?: Record<string, unknown>
  origin?: string
}

export interface DocumentOnDisk {
  id: string
  title: string
  text: string
  spans: SpanOnDisk[]
}

export interface IndexOnDisk {
  documents: { id: string; title: string; status: string; span_count: number }[]
  labels: { id: string; name: string; hotkey: string }[]
}

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `spanwright-${prefix}-`))

export function readIndex(workspace: string): IndexOnDisk {
  return JSON.parse(readFileSync(join(workspace, 'spanwright.json'), 'utf8')) as IndexOnDisk
}

export function readDocument(workspace: string, docId: string): DocumentOnDisk {
  return JSON.parse(readFileSync(join(workspace, 'documents', `${docId}.json`), 'utf8')) as DocumentOnDisk
}

export function spansOnDisk(workspace: string, docId: string): SpanOnDisk[] {
  return readDocument(workspace, docId).spans
}

/** FORMAT.md: offsets are code points, end exclusive, as Python's text[start:end]. */
export function codePointSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('')
}

/** The first document whose text contains `needle`, and the code point offset where it starts. */
export function findInWorkspace(workspace: string, needle: string): { docId: string; start: number; end: number } {
  for (const entry of readIndex(workspace).documents) {
    const { text } = readDocument(workspace, entry.id)
    const at = text.indexOf(needle)
    if (at >= 0) {
      const start = [...text.slice(0, at)].length
      return { docId: entry.id, start, end: start + [...needle].length }
    }
  }
  throw new Error(`no seed document contains "${needle}"`)
}

/** Every file under a workspace folder (the lock aside) and its bytes, base64: to see that nothing was written. */
export function folderBytes(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === '.spanwright.lock') continue
    const path = join(entry.parentPath, entry.name)
    // The learner's cache (derived from the spans, rebuilt when missing) is not the analyst's work:
    // the window still open on this workspace may write it at any moment.
    if (relative(dir, path) === join('suggestions', 'model.json')) continue
    out[relative(dir, path)] = readFileSync(path).toString('base64')
  }
  return out
}
