/** `doccano`: doccano's sequence-labelling JSONL, `{"text": …, "label": [[start, end, "label"], …]}`. */
import type { CanonicalRecord } from '../model/canonical-record'
import { lineEncoder, type Encoded, type FileEncoder } from './types'

export const doccanoEncoder = (): FileEncoder => lineEncoder(encodeDoccano)

export function encodeDoccano(record: CanonicalRecord): Encoded {
  const line = { id: record.id, text: record.text, label: record.spans.map((s) => [s.start, s.end, s.label]) }
  return { text: `${JSON.stringify(line)}\n`, dropped: [] }
}
