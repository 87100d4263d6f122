/**
 * `hf`: JSON lines for Hugging Face `datasets`: `id`, `text`, `tokens`, one
 * `<label>_tags` list of IOB2 strings per label, and the canonical `spans`.
 * Arrow needs one type per column, so a span's free-form `attributes` are
 * written as a JSON string.
 */
import type { CanonicalRecord } from '../model/canonical-record'
import { createOffsetMap } from '../offsets'
import { tokensForSpans } from './export-tokens'
import { iobColumns } from './iob'
import type { EncodeContext, Encoded, FileEncoder } from './types'
import { lineEncoder } from './types'

export const hfEncoder = (ctx: EncodeContext): FileEncoder => lineEncoder((record) => encodeHf(record, ctx))

export function encodeHf(record: CanonicalRecord, ctx: EncodeContext): Encoded {
  const map = createOffsetMap(record.text)
  const tokens = tokensForSpans(record.tokens, record.spans)
  const { columns, dropped } = iobColumns(record.id, tokens, record.spans, ctx.labels)
  const line: Record<string, unknown> = { id: record.id, text: record.text, tokens: tokens.map(([s, e]) => map.slice(s, e)) }
  ctx.labels.forEach((label, i) => {
    line[`${label}_tags`] = columns[i]
  })
  line.spans = record.spans.map((s) => ({ ...s, attributes: JSON.stringify(s.attributes) }))
  return { text: `${JSON.stringify(line)}\n`, dropped }
}
