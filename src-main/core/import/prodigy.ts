/** Reads Prodigy JSONL tasks: `text`, `spans`; the status from `meta.status`, else from `answer`. */
import { z } from 'zod'
import { DocumentStatus } from '../model/document'
import { eachJsonLine, lineSource, Offset, parseShape } from './json-lines'
import type { Problem } from './problems'
import type { ReadResult } from './types'

const Task = z.looseObject({
  text: z.string(),
  spans: z.array(z.looseObject({ start: Offset, end: Offset, label: z.string() })).optional(),
  answer: z.enum(['accept', 'reject', 'ignore']).optional(),
  meta: z.looseObject({ status: DocumentStatus.optional() }).optional(),
})

export function readProdigy(content: string, file: string): ReadResult {
  const problems: Problem[] = []
  const docs: ReadResult['docs'] = []
  eachJsonLine(content, file, problems, (value, line) => {
    const task = parseShape(Task, value, file, line, problems)
    if (!task) return
    const status = task.meta?.status ?? (task.answer === 'accept' ? 'done' : task.answer ? 'skipped' : undefined)
    const spans = (task.spans ?? []).map((s) => ({ start: s.start, end: s.end, label: s.label }))
    docs.push({ file, line, source: lineSource(file, line), text: task.text, spans, ...(status ? { status } : {}) })
  })
  return { docs, problems }
}
