/**
 * A command's request, checked by the contract's schema for its method (the one
 * the IPC boundary checks), so the command line and the window refuse the same
 * input. Each refusal names the flag and the text the user typed.
 */
import type { z } from 'zod'
import { SpanwrightError } from '../core/errors'

/** Where a request field came from: its flag, and the text typed when the request holds a converted value. */
export interface FlagSource {
  flag: string
  typed?: string
}

/** `sources` is keyed by the field's path without array indexes ("statuses", "split.seed"); a longer key wins. */
export function checkedRequest<S extends z.ZodType>(schema: S, request: unknown, sources: Record<string, FlagSource>): z.output<S> {
  const parsed = schema.safeParse(request)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0] as z.core.$ZodIssue
  throw new SpanwrightError('invalid_argument', refusal(issue, request, sources))
}

function refusal(issue: z.core.$ZodIssue, request: unknown, sources: Record<string, FlagSource>): string {
  const key = issue.path.filter((p) => typeof p === 'string').join('.')
  const match = Object.keys(sources)
    .filter((k) => key === k || key.startsWith(`${k}.`))
    .sort((a, b) => b.length - a.length)[0]
  const source = match ? sources[match] : undefined
  const flag = source?.flag ?? (key || 'the request')
  const typed = source?.typed ?? String(valueAt(request, issue.path))
  if (issue.code === 'invalid_value') return `${flag}: "${typed}" is not one of ${issue.values.map(String).join(', ')}`
  if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int')) return `${flag}: "${typed}" is not a whole number`
  return `${flag}: "${typed}": ${issue.message}`
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value)
}
