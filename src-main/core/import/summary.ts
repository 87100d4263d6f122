import type { DocumentStatus } from '../model/document'
import type { Normalization } from '../text'
import type { Problem } from './problems'

/** What an import did, for the command line and the app alike. */
export interface ImportSummary {
  imported: Array<{ id: string; title: string; file: string; line: number; spans: number; status: DocumentStatus }>
  /** Documents not added because the workspace, or an earlier file of this import, already has their id. */
  duplicates: Array<{ id: string; title: string; file: string; line: number; already: 'in the workspace' | 'earlier in this import' }>
  /** Imported documents whose text was normalized (docs/format.md), with how many spans were moved along. */
  normalized: Array<{ id: string; file: string; line: number; normalized: Normalization[]; spansRemapped: number }>
  /** Changes that are not faults: whitespace trimmed from a span's ends, a repeated span kept once, lines ignored. */
  notices: Problem[]
  /** Every fault, as file:line: message. */
  problems: Problem[]
  /** Files from which nothing was imported because of their problems. */
  refused: string[]
  /** Labels the workspace lacked that imported spans use, added to it (import with addLabels). */
  labelsAdded: string[]
}
