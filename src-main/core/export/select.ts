/**
 * Choosing what to export: documents by status, spans by label and annotator.
 */
import type { CanonicalRecord } from '../model/canonical-record'
import type { DocumentStatus } from '../model/document'

export interface ExportFilters {
  /** Only documents with one of these statuses; all when absent or empty. */
  statuses?: readonly DocumentStatus[]
  /** Only spans with one of these labels; all when absent or empty. */
  labels?: readonly string[]
  /**
   * Only this annotator's work: their spans, in documents they annotated or
   * that hold at least one of their spans.
   */
  annotator?: string
}

/** The record as the export should see it, or null when the document is left out. */
export function selectRecord(record: CanonicalRecord, filters: ExportFilters): CanonicalRecord | null {
  if (filters.statuses?.length && !filters.statuses.includes(record.status)) return null
  const labels = filters.labels?.length ? new Set(filters.labels) : null
  const annotator = filters.annotator
  if (!labels && annotator === undefined) return record
  const spans = record.spans.filter((s) => (!labels || labels.has(s.label)) && (annotator === undefined || s.annotator === annotator))
  if (annotator !== undefined && record.annotator !== annotator && !record.spans.some((s) => s.annotator === annotator)) return null
  return spans.length === record.spans.length ? record : { ...record, spans }
}

/** The label columns of IOB2 formats: the workspace's labels, narrowed by the filter, in workspace order. */
export function exportLabels(workspaceLabels: readonly string[], filters: ExportFilters): string[] {
  return filters.labels?.length ? workspaceLabels.filter((l) => filters.labels?.includes(l)) : [...workspaceLabels]
}
