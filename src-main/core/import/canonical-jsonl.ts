/**
 * Reads canonical `.jsonl` (FORMAT.md) and checks every record against the
 * contract, collecting every problem with its line instead of stopping at the first.
 */
import { z } from 'zod'
import { sha256Hex } from '../hash'
import { CanonicalRecord } from '../model/canonical-record'
import { createOffsetMap } from '../offsets'
import { documentId, normalizeText } from '../text'
import type { Problem } from './problems'

export interface CanonicalReadResult {
  /** Records without problems, in file order, each with its line number. */
  records: Array<{ line: number; record: CanonicalRecord }>
  problems: Problem[]
}

export interface CanonicalReadOptions {
  /** When given, a span whose label is not in this list is a problem. */
  labels?: readonly string[]
}

export function readCanonicalJsonl(content: string, file: string, options: CanonicalReadOptions = {}): CanonicalReadResult {
  const records: CanonicalReadResult['records'] = []
  const problems: Problem[] = []
  const seen = new Map<string, number>()
  const lines = content.split('\n')
  lines.forEach((raw, i) => {
    const line = i + 1
    if (raw.trim() === '') return
    const found = recordProblems(raw, options)
    if (typeof found === 'string' || Array.isArray(found)) {
      for (const message of [found].flat()) problems.push({ file, line, message })
      return
    }
    const earlier = seen.get(found.id)
    if (earlier !== undefined) {
      problems.push({ file, line, message: `document ${found.id} appears again (first on line ${earlier})` })
      return
    }
    seen.set(found.id, line)
    records.push({ line, record: found })
  })
  return { records, problems }
}

/** The record, or what is wrong with the line. */
function recordProblems(raw: string, options: CanonicalReadOptions): CanonicalRecord | string | string[] {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`
  }
  const parsed = CanonicalRecord.safeParse(json)
  if (!parsed.success) return parsed.error.issues.map(describeIssue)
  const r = parsed.data
  const out: string[] = []
  if (normalizeText(r.text).text !== r.text) out.push('text is not stored normalized (NFC, LF line ends, no BOM)')
  if (!r.text.isWellFormed()) out.push('text holds a lone surrogate')
  if (documentId(r.text) !== r.id) out.push(`id ${r.id} is not the first 16 hex digits of the text's SHA-256 (${documentId(r.text)})`)
  if (sha256Hex(r.text) !== r.text_sha256) out.push("text_sha256 is not the SHA-256 of the text")
  const map = createOffsetMap(r.text)
  const spanIds = new Set<string>()
  r.spans.forEach((s, k) => {
    const where = `span ${k + 1} (${s.id}, ${s.start}..${s.end})`
    if (spanIds.has(s.id)) out.push(`${where}: the span id appears twice`)
    spanIds.add(s.id)
    if (s.start >= s.end || s.end > map.length) {
      out.push(`${where}: offsets fall outside the text (0..${map.length}) or are empty`)
      return
    }
    const actual = map.slice(s.start, s.end)
    if (actual !== s.text) out.push(`${where}: text ${JSON.stringify(s.text)} does not match text[start:end] ${JSON.stringify(actual)}`)
    if (options.labels && !options.labels.includes(s.label)) {
      out.push(`${where}: unknown label "${s.label}" (known: ${options.labels.join(', ')})`)
    }
  })
  return out.length ? out : r
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? `${issue.path.join('.')}: ` : ''
  return `${path}${issue.message}`
}
