/**
 * Reads canonical `.jsonl` (docs/format.md) and checks every record against the
 * contract, collecting every problem with its line instead of stopping at the
 * first. A record needs only `text` and its spans' `start`, `end` and `label`:
 * the rest is computed or defaulted (complete-record.ts).
 */
import { z } from 'zod'
import { jsonLineProblem, parseJson } from '../json-depth'
import { CanonicalRecordInput } from '../model/canonical-record'
import { completeRecord, type CompletedRecord } from './complete-record'
import { lineSource } from './json-lines'
import type { Problem } from './problems'

export interface CanonicalReadResult {
  /** Records without problems, in file order, each with its line number. */
  records: Array<{ line: number } & CompletedRecord>
  problems: Problem[]
}

export interface CanonicalReadOptions {
  /** When given, a span whose label is not in this list is a problem. */
  labels?: readonly string[] | undefined
  /** The annotator of records that name none (default: none, ""). */
  annotator?: string
  /** The timestamps of spans that have none (default: the epoch, so reading the same file gives the same records). */
  now?: string
}

const EPOCH = new Date(0).toISOString()

export function readCanonicalJsonl(content: string, file: string, options: CanonicalReadOptions = {}): CanonicalReadResult {
  const records: CanonicalReadResult['records'] = []
  const problems: Problem[] = []
  const seen = new Map<string, number>()
  const lines = content.split('\n')
  lines.forEach((raw, i) => {
    const line = i + 1
    if (raw.trim() === '') return
    const found = recordProblems(raw, file, line, options)
    if (Array.isArray(found)) {
      for (const message of found) problems.push({ file, line, message })
      return
    }
    const earlier = seen.get(found.record.id)
    if (earlier !== undefined) {
      problems.push({ file, line, message: `document ${found.record.id} appears again (first on line ${earlier})` })
      return
    }
    seen.set(found.record.id, line)
    records.push({ line, ...found })
  })
  return { records, problems }
}

/** The completed record, or what is wrong with the line. */
function recordProblems(raw: string, file: string, line: number, options: CanonicalReadOptions): CompletedRecord | string[] {
  let json: unknown
  try {
    json = parseJson(raw)
  } catch (error) {
    return [jsonLineProblem(error)]
  }
  const parsed = CanonicalRecordInput.safeParse(json)
  if (!parsed.success) return parsed.error.issues.map(describeIssue)
  return completeRecord(parsed.data, {
    source: lineSource(file, line),
    annotator: options.annotator ?? '',
    now: options.now ?? EPOCH,
    labels: options.labels,
  })
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? `${issue.path.join('.')}: ` : ''
  return `${path}${issue.message}`
}
