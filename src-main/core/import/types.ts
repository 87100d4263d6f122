/**
 * What a format reader gives back before the common checks: text as it was in
 * the file (not yet normalized) and spans with offsets into that text.
 */
import type { DocumentStatus } from '../model/document'
import type { Span } from '../model/span'
import type { Problem } from './problems'

export type ImportedSpan = Pick<Span, 'start' | 'end' | 'label'> & Partial<Omit<Span, 'start' | 'end' | 'label'>>

export interface ImportedDoc {
  /** Where problems with this document are reported: its file and first line. */
  file: string
  line: number
  /** What the document's `source` becomes (a file name, with the line for multi-document files). */
  source: string
  text: string
  spans: ImportedSpan[]
  status?: DocumentStatus
}

export interface ReadResult {
  docs: ImportedDoc[]
  problems: Problem[]
  /** What was left out on purpose (e.g. brat relations), said once per file. */
  notices?: Problem[]
}
