/** Reads a JSON-lines file, one value per non-blank line, every broken line a problem. */
import { z } from 'zod'
import { jsonLineProblem, parseJson } from '../json-depth'
import type { Problem } from './problems'

export function eachJsonLine(content: string, file: string, problems: Problem[], visit: (value: unknown, line: number) => void): void {
  content.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return
    let value: unknown
    try {
      value = parseJson(raw)
    } catch (error) {
      problems.push({ file, line: i + 1, message: jsonLineProblem(error) })
      return
    }
    visit(value, i + 1)
  })
}

/** The data, or every issue as a problem at `line`. */
export function parseShape<T>(schema: z.ZodType<T>, value: unknown, file: string, line: number, problems: Problem[]): T | null {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues) {
    problems.push({ file, line, message: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}` })
  }
  return null
}

export const Offset = z.number().int().nonnegative()

/** `data.jsonl` line 3 → `data.jsonl:3`, the source of a document read from a multi-document file. */
export const lineSource = (file: string, line: number): string => `${file.split(/[\\/]/).pop() ?? file}:${line}`
