/** Small builders for compare tests. */
import { newDocument } from '../../../src-main/core/new-document'
import { canonicalRecord } from '../../../src-main/core/export'
import type { CanonicalRecord, Span } from '../../../src-main/core/model'
import { createOffsetMap } from '../../../src-main/core/offsets'
import { importText } from '../../../src-main/core/text'

export const NOW = '2026-11-23T08:00:00.000Z'

let counter = 0
/** A span with only what pairing looks at; the id defaults to a fresh one. */
export function sp(start: number, end: number, label: string, id = `s${++counter}`): Span {
  return { id, start, end, label, text: '', attributes: {}, note: '', annotator: 'x', origin: 'manual', created_at: NOW, updated_at: NOW }
}

/** A canonical record of `text` (its tokens computed as on import) with spans given as [start, end, label]. */
export function record(text: string, spans: Array<[number, number, string]>, annotator = 'lan', idPrefix = annotator): CanonicalRecord {
  const doc = newDocument(importText(new TextEncoder().encode(text), 'doc.txt'), 'doc.txt', NOW)
  const map = createOffsetMap(doc.text)
  const full = spans.map(([start, end, label], k) => ({ ...sp(start, end, label, `${idPrefix}${k}`), text: map.slice(start, end), annotator }))
  return canonicalRecord({ ...doc, spans: full }, { annotator, status: 'done' })
}

/** "class a[start,end,label] b[...]" for readable expectations. */
export const describePair = (p: { class: string; a: Span | null; b: Span | null }): string =>
  [p.class, p.a ? `a${p.a.start}-${p.a.end}:${p.a.label}` : '-', p.b ? `b${p.b.start}-${p.b.end}:${p.b.label}` : '-'].join(' ')
