import { exportDataset } from './export-dataset'
import type { Workspace } from '../workspace/workspace'

export interface ExportSummary {
  path: string
  documents: number
  spans: number
}

/** The canonical JSONL of every document (FORMAT.md), written whole or not at all. */
export async function exportCanonicalJsonl(workspace: Workspace, out: string): Promise<ExportSummary> {
  const { path, documents, spans } = await exportDataset(workspace, { path: out, format: 'jsonl' })
  return { path, documents, spans }
}
