/**
 * The canonical JSONL record of docs/format.md: every other export derives from it.
 */
import type { CanonicalRecord } from '../model/canonical-record'
import type { DocumentFile, DocumentStatus } from '../model/document'
import { canonicalSpan, compareSpans } from '../model/span'

export type { CanonicalRecord } from '../model/canonical-record'

export interface RecordContext {
  /** The workspace's annotator: named unless the document came from someone else's canonical export. */
  annotator: string
  status: DocumentStatus
}

/** Keys in the contract's order and spans sorted, so the same data gives the same bytes. */
export function canonicalRecord(doc: DocumentFile, ctx: RecordContext): CanonicalRecord {
  return {
    id: doc.id,
    title: doc.title,
    source: doc.source,
    text: doc.text,
    text_sha256: doc.text_sha256,
    offsets: { unit: 'codepoint', end: 'exclusive', normalization: 'NFC' },
    annotator: doc.import.annotator ?? ctx.annotator,
    status: ctx.status,
    tokens: doc.tokens,
    spans: [...doc.spans].sort(compareSpans).map(canonicalSpan),
  }
}

/** One line of a `.jsonl` file, newline included. */
export function jsonlLine(record: CanonicalRecord): string {
  return `${JSON.stringify(record)}\n`
}
