/**
 * What a derived format's encoder is: records in, text out, and every span it
 * could not hold (docs/format.md: a format never drops a span silently).
 */
import type { CanonicalRecord } from '../model/canonical-record'

/** A span a format could not hold, with where it was and why. */
export interface DroppedSpan {
  docId: string
  spanId: string
  start: number
  end: number
  label: string
  text: string
  /** Why, in English (the command line prints it). */
  reason: string
  /** Why, as data: the window words it in its own language. */
  cause: DropCause
}

/** Why a format could not hold a span. */
export type DropCause =
  | { kind: 'label_not_exported' }
  | { kind: 'not_on_tokens' }
  /** One IOB2 column cannot hold two overlapping spans of one label: this one overlaps `with`, which was kept. */
  | { kind: 'overlaps'; with: { id: string; label: string; start: number; end: number } }

export interface EncodeContext {
  /** Label ids in the workspace's order: one IOB2 column (or tag list) each. */
  labels: readonly string[]
}

export interface Encoded {
  text: string
  dropped: DroppedSpan[]
}

/** A format written as one file: `begin`, the records joined by `separator`, `end` (or `empty`). */
export interface FileEncoder {
  layout: 'file'
  begin: string
  separator: string
  end: string
  /** The whole file when no record was written. */
  empty: string
  encode(record: CanonicalRecord): Encoded
}

export interface OutputFile {
  /** A plain file name inside the export folder. */
  name: string
  content: string
}

/** A format written as a folder of files. */
export interface FolderEncoder {
  layout: 'folder'
  encode(record: CanonicalRecord): { files: OutputFile[]; dropped: DroppedSpan[] }
  /** Files written once every record is in (e.g. brat's annotation.conf). */
  finish(): OutputFile[]
}

export type Encoder = FileEncoder | FolderEncoder

export function droppedSpan(docId: string, span: { id: string; start: number; end: number; label: string; text: string }, cause: DropCause): DroppedSpan {
  return { docId, spanId: span.id, start: span.start, end: span.end, label: span.label, text: span.text, reason: dropReason(span.label, cause), cause }
}

function dropReason(label: string, cause: DropCause): string {
  switch (cause.kind) {
    case 'label_not_exported':
      return `label "${label}" is not one of the exported labels`
    case 'not_on_tokens':
      return 'its ends do not fall on token boundaries'
    case 'overlaps':
      return `overlaps ${cause.with.label} span ${cause.with.id} (${cause.with.start}..${cause.with.end}); IOB2 cannot hold two overlapping spans of one label`
  }
}

/** `jsonl`-like formats: one JSON value per line, nothing around them. */
export function lineEncoder(encode: (record: CanonicalRecord) => Encoded): FileEncoder {
  return { layout: 'file', begin: '', separator: '', end: '', empty: '', encode }
}
