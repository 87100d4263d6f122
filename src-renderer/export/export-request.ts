/** The export dialog's choices and the exportDataset request they make. */
import type { WindowInput } from '../../src-main/api'
import type { DocumentStatus } from '../../src-main/core/model/document'
import { EXPORT_FORMATS, type ExportFormat } from '../../src-main/core/export/formats'

export const STATUSES: readonly DocumentStatus[] = ['todo', 'in_progress', 'done', 'skipped']
export const SPLIT_PARTS = ['train', 'dev', 'test'] as const

export interface ExportChoices {
  format: ExportFormat
  statuses: DocumentStatus[]
  labels: string[]
  split: boolean
  ratios: Record<(typeof SPLIT_PARTS)[number], number>
  seed: number
  strict: boolean
}

export function defaultChoices(labels: readonly string[]): ExportChoices {
  return { format: 'jsonl', statuses: [...STATUSES], labels: [...labels], split: false, ratios: { train: 0.8, dev: 0.1, test: 0.1 }, seed: 42, strict: false }
}

/** The file (or folder) name the save dialog suggests for a format. */
export function defaultExportName(format: ExportFormat): string {
  return `spanwright-export${EXPORT_FORMATS.find((f) => f.id === format)?.extension ?? ''}`
}

export function ratioSum(choices: ExportChoices): number {
  return Number(SPLIT_PARTS.reduce((sum, p) => sum + choices.ratios[p], 0).toFixed(6))
}

/** The request to write where the save dialog's `token` says; a filter that keeps everything is left out, as is a zero-ratio part. */
export function exportRequest(token: string, choices: ExportChoices, allLabels: readonly string[]): WindowInput<'exportDataset'> {
  const parts = SPLIT_PARTS.filter((p) => choices.ratios[p] > 0).map((name) => ({ name, ratio: choices.ratios[name] }))
  return {
    token,
    format: choices.format,
    ...(choices.statuses.length < STATUSES.length ? { statuses: [...choices.statuses] } : {}),
    ...(choices.labels.length < allLabels.length ? { labels: [...choices.labels] } : {}),
    ...(choices.split ? { split: { parts, seed: choices.seed } } : {}),
    ...(choices.strict ? { strict: true } : {}),
  }
}
