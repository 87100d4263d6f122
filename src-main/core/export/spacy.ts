/**
 * `spacy`: one `Doc.to_json()` object per line, loadable with
 * `Doc(nlp.vocab).from_json(obj)`. Every span is in `spans.sc`; `ents` holds the
 * spans that overlap no other span (spaCy's entities cannot overlap).
 */
import type { CanonicalRecord } from '../model/canonical-record'
import type { Span } from '../model/span'
import { createOffsetMap } from '../offsets'
import { tokenRun, tokensForSpans } from './export-tokens'
import { spacyTokens } from './spacy-tokens'
import { droppedSpan, lineEncoder, type DroppedSpan, type Encoded, type FileEncoder } from './types'

export const spacyEncoder = (): FileEncoder => lineEncoder(encodeSpacy)

export function encodeSpacy(record: CanonicalRecord): Encoded {
  const map = createOffsetMap(record.text)
  const tokens = spacyTokens(map, tokensForSpans(record.tokens, record.spans))
  const ranges = tokens.map((t) => [t.start, t.end] as [number, number])
  const dropped: DroppedSpan[] = []
  const kept: Span[] = []
  for (const span of record.spans) {
    if (tokenRun(ranges, span.start, span.end)) kept.push(span)
    else dropped.push(droppedSpan(record.id, span, { kind: 'not_on_tokens' }))
  }
  const ents = alone(kept)
  const doc = {
    text: record.text,
    ents: ents.map((s) => ({ start: s.start, end: s.end, label: s.label })),
    tokens: tokens.map((t, id) => ({ id, start: t.start, end: t.end })),
    spans: { sc: kept.map((s) => ({ start: s.start, end: s.end, label: s.label, kb_id: '' })) },
  }
  return { text: `${JSON.stringify(doc)}\n`, dropped }
}

/** The spans that overlap no other span; `spans` are sorted by start. */
function alone(spans: readonly Span[]): Span[] {
  const out: Span[] = []
  let maxEnd = -1
  spans.forEach((s, i) => {
    const next = spans[i + 1]
    if (maxEnd <= s.start && !(next && next.start < s.end)) out.push(s)
    maxEnd = Math.max(maxEnd, s.end)
  })
  return out
}
