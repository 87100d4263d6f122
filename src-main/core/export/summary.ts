import type { ExportFormat } from './formats'
import type { DroppedSpan } from './types'

export interface ExportPartSummary {
  /** The split part, or null without a split. */
  name: string | null
  /** The file or folder written for this part. */
  path: string
  documents: number
  /** The spans written: a span the format could not hold is not counted here. */
  spans: number
  /** The spans of this part's documents the format could not hold (listed in the summary's `dropped`). */
  dropped: number
}

/** What an export wrote, for the command line and the app alike. */
export interface DatasetExportSummary {
  format: ExportFormat
  path: string
  documents: number
  /** The spans written, over all parts. */
  spans: number
  parts: ExportPartSummary[]
  /** Every span the format could not hold; the export still succeeded (it fails instead when strict). */
  dropped: DroppedSpan[]
  /** What an earlier export, killed midway, had left beside the target and this one cleaned up; absent when nothing. */
  leftovers?: ExportLeftover[]
}

/**
 * A leftover of a killed export: a partial file or folder, removed; or the
 * earlier export a killed replace had moved aside, put back (the target was missing).
 */
export interface ExportLeftover {
  path: string
  bytes: number
  action: 'removed' | 'restored'
}

/** How far the running export or import is, for a progress bar. */
export interface TaskProgress {
  task: 'export' | 'import' | null
  done: number
  total: number
}

/** "41.2 MB", "12 kB": how a leftover's size is told, on the command line and in the window. */
export function sizeText(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`
}
