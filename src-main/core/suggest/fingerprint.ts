/**
 * What a saved learner was trained on, so the app can tell a stale model file
 * from a current one: a hash of every training document's id, text and spans, in
 * a stable order, then each later accept, reject or edit chained onto it. The id
 * is already the SHA-256 of the text (FORMAT.md), so the text itself adds only a
 * cheap check (FNV-1a and length): hashing a 10 MB corpus again cost a tenth of a retrain.
 */
import { sha256Hex } from '../hash'
import { hashString } from './hashing'
import type { SuggestDocument, TrainingSpan } from './types'

export function trainingFingerprint(docs: ReadonlyArray<{ doc: SuggestDocument; spans: readonly TrainingSpan[] }>): string {
  const parts = docs
    .map(({ doc, spans }) => {
      const own = [...spans]
        .sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
        .map((s) => [s.start, s.end, s.label])
      return JSON.stringify([doc.id, doc.text.length, hashString(doc.text), own])
    })
    .sort()
  return sha256Hex(parts.join('\n'))
}

export function chainFingerprint(previous: string, event: ReadonlyArray<string | number>): string {
  return sha256Hex(previous + '\n' + JSON.stringify(event))
}
