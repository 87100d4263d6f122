/**
 * Reads a Label Studio JSON task list: `data.text`, and the `labels` results of
 * the first annotation (one span per label a result names). Problems name the
 * line where the task starts.
 */
import { getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser'
import { jsonTooDeepAt, JsonTooDeepError } from '../json-depth'
import { z } from 'zod'
import { DocumentStatus } from '../model/document'
import { lineSource, Offset, parseShape } from './json-lines'
import type { Problem } from './problems'
import type { ImportedSpan, ReadResult } from './types'
import { lowerBound } from '../lower-bound'

const Result = z.looseObject({
  id: z.string().optional(),
  type: z.string().optional(),
  value: z.looseObject({ start: Offset.optional(), end: Offset.optional(), text: z.string().optional(), labels: z.array(z.string()).optional() }),
})
const Task = z.looseObject({
  data: z.looseObject({ text: z.string() }),
  annotations: z.array(z.looseObject({ result: z.array(Result) })).optional(),
  meta: z.looseObject({ status: DocumentStatus.optional() }).optional(),
})

export function readLabelStudio(content: string, file: string): ReadResult {
  const problems: Problem[] = []
  const docs: ReadResult['docs'] = []
  const lineOf = lineFinder(content)
  const deep = jsonTooDeepAt(content)
  if (deep >= 0) return { docs, problems: [{ file, line: lineOf(deep), message: new JsonTooDeepError(deep).message }] }
  const errors: ParseError[] = []
  const tree = parseTree(content, errors, { disallowComments: true, allowTrailingComma: false })
  const first = errors[0]
  if (first || !tree) {
    const code = first ? printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : 'empty file'
    return { docs, problems: [{ file, line: lineOf(first?.offset ?? 0), message: `not valid JSON (${code})` }] }
  }
  if (tree.type !== 'array') return { docs, problems: [{ file, line: 1, message: 'expected a JSON list of Label Studio tasks' }] }
  for (const node of tree.children ?? []) {
    const line = lineOf(node.offset)
    const task = parseShape(Task, getNodeValue(node), file, line, problems)
    if (!task) continue
    const spans: ImportedSpan[] = []
    for (const r of task.annotations?.[0]?.result ?? []) {
      const { start, end, labels, text } = r.value
      if ((r.type !== undefined && r.type !== 'labels') || !labels) continue
      if (start === undefined || end === undefined) {
        problems.push({ file, line, message: `result ${r.id ?? '(no id)'}: labels without value.start and value.end` })
        continue
      }
      labels.forEach((label, i) => spans.push({ start, end, label, ...(text !== undefined ? { text } : {}), ...(i === 0 && r.id ? { id: r.id } : {}) }))
    }
    const status = task.meta?.status
    docs.push({ file, line, source: lineSource(file, line), text: task.data.text, spans, ...(status ? { status } : {}) })
  }
  return { docs, problems }
}

/** offset (UTF-16) → 1-based line, by binary search over line starts. */
function lineFinder(content: string): (offset: number) => number {
  const starts = [0]
  for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => lowerBound(starts.length, (i) => (starts[i] as number) <= offset)
}
