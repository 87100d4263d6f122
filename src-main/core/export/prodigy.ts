/**
 * `prodigy`: Prodigy's JSONL tasks (as `ner.manual`/`spans.manual` save them):
 * spaCy-style tokens with `ws`, spans with inclusive `token_end`, an `answer`,
 * and the two hashes Prodigy dedupes on (32-bit signed integers; ours come from
 * SHA-256, so they are stable but not the ones Prodigy itself would compute).
 */
import { sha256Hex } from '../hash'
import type { CanonicalRecord } from '../model/canonical-record'
import type { DocumentStatus } from '../model/document'
import { createOffsetMap } from '../offsets'
import { tokenRun, tokensForSpans } from './export-tokens'
import { spacyTokens } from './spacy-tokens'
import { droppedSpan, lineEncoder, type DroppedSpan, type Encoded, type FileEncoder } from './types'

export const prodigyEncoder = (): FileEncoder => lineEncoder(encodeProdigy)

const ANSWERS: Record<DocumentStatus, string> = { done: 'accept', in_progress: 'accept', todo: 'accept', skipped: 'ignore' }

export function encodeProdigy(record: CanonicalRecord): Encoded {
  const map = createOffsetMap(record.text)
  const tokens = spacyTokens(map, tokensForSpans(record.tokens, record.spans))
  const ranges = tokens.map((t) => [t.start, t.end] as [number, number])
  const dropped: DroppedSpan[] = []
  const spans: Array<Record<string, string | number>> = []
  for (const span of record.spans) {
    const run = tokenRun(ranges, span.start, span.end)
    if (!run) dropped.push(droppedSpan(record.id, span, { kind: 'not_on_tokens' }))
    else spans.push({ start: span.start, end: span.end, token_start: run[0], token_end: run[1], label: span.label })
  }
  const inputHash = int32(sha256Hex(JSON.stringify({ text: record.text })))
  const task = {
    text: record.text,
    meta: { id: record.id, title: record.title, status: record.status },
    _input_hash: inputHash,
    _task_hash: int32(sha256Hex(JSON.stringify({ input: inputHash, spans }))),
    tokens: tokens.map((t, id) => ({ text: map.slice(t.start, t.end), start: t.start, end: t.end, id, ws: t.ws })),
    spans,
    answer: ANSWERS[record.status],
  }
  return { text: `${JSON.stringify(task)}\n`, dropped }
}

const int32 = (hex: string): number => parseInt(hex.slice(0, 8), 16) | 0
