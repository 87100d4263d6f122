/** `spanwright validate`: every check an import makes, without a workspace and without writing. */
import type { ImportFormat } from '../../core/export'
import type { Problem } from '../../core/import'
import { readUnit } from './import-files'
import { importUnits, unitFile } from './import-sources'

export interface ValidationReport {
  files: Array<{ file: string; documents: number; spans: number; problems: number }>
  problems: Problem[]
  notices: Problem[]
}

export async function validateFiles(paths: readonly string[], options: { format?: ImportFormat; labels?: readonly string[] }): Promise<ValidationReport> {
  const report: ValidationReport = { files: [], problems: [], notices: [] }
  const units = await importUnits(paths, options.format, report.problems)
  const now = new Date(0).toISOString()
  let n = 0
  const ctx = { now, annotator: '', labels: options.labels ?? null, newId: () => `v${++n}` }
  for (const unit of units) {
    const { built, problems, notices } = await readUnit(unit, options.format, ctx)
    report.files.push({ file: unitFile(unit), documents: built.length, spans: built.reduce((k, b) => k + b.doc.spans.length, 0), problems: problems.length })
    report.problems.push(...problems)
    report.notices.push(...notices, ...built.flatMap((b) => b.notices))
  }
  return report
}
