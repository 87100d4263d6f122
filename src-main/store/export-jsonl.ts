import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { SpanwrightError } from '../core/errors'
import { canonicalRecord, jsonlLine } from '../core/export'
import { syncFolder } from './atomic-write'
import type { Workspace } from './workspace'

export interface ExportSummary {
  path: string
  documents: number
  spans: number
}

/**
 * Streams the canonical JSONL of every document, in workspace order, to `out`.
 * The file appears whole or not at all: lines go to a temporary file that is
 * renamed over `out` once complete.
 */
export async function exportCanonicalJsonl(workspace: Workspace, out: string): Promise<ExportSummary> {
  const info = await stat(out).catch(() => null)
  if (info?.isDirectory()) throw new SpanwrightError('invalid_argument', `cannot export to ${out}: it is a folder`)
  const dir = dirname(out)
  await mkdir(dir, { recursive: true }).catch((e: unknown) => {
    throw new SpanwrightError('io', `cannot create the folder ${dir} for the export (${codeOf(e)})`)
  })
  const temp = join(dir, `.${basename(out)}.${randomBytes(4).toString('hex')}.partial`)
  const handle = await open(temp, 'wx').catch((e: unknown) => {
    throw new SpanwrightError('io', `cannot write ${out} (${codeOf(e)})`)
  })
  let documents = 0
  let spans = 0
  try {
    let buffer = ''
    for (const entry of workspace.entries()) {
      const doc = await workspace.readDocument(entry.id)
      buffer += jsonlLine(canonicalRecord(doc, { annotator: workspace.annotator, status: entry.status }))
      documents++
      spans += doc.spans.length
      if (buffer.length > 1 << 20) {
        await handle.write(buffer)
        buffer = ''
      }
    }
    await handle.write(buffer)
    await handle.sync()
    await handle.close()
    await rename(temp, out)
    await syncFolder(dir)
  } catch (error) {
    await handle.close().catch(() => undefined)
    await rm(temp, { force: true })
    if (error instanceof SpanwrightError || !hasCode(error)) throw error
    throw new SpanwrightError('io', `cannot write ${out} (${codeOf(error)})`)
  }
  return { path: out, documents, spans }
}

const codeOf = (e: unknown): string =>
  typeof e === 'object' && e && 'code' in e ? String(e.code) : e instanceof Error ? e.message : String(e)

const hasCode = (e: unknown): boolean => typeof e === 'object' && e !== null && 'code' in e
