/**
 * Reads Spanwright's Hugging Face lines. With `text` and `spans` the spans are
 * taken as they are (ids, notes, attributes…); without them the text is the
 * tokens joined by spaces and the spans come from the `<label>_tags` lists.
 */
import { z } from 'zod'
import { parseJson } from '../json-depth'
import { Span } from '../model/span'
import { spansFromTags, textFromTokens } from './iob-decode'
import { eachJsonLine, lineSource, parseShape } from './json-lines'
import type { Problem } from './problems'
import type { ImportedSpan, ReadResult } from './types'

const HfSpan = Span.extend({ attributes: z.string() }).partial({ id: true, note: true, annotator: true, origin: true, created_at: true, updated_at: true, text: true })
const Line = z.looseObject({
  text: z.string().optional(),
  tokens: z.array(z.string()),
  spans: z.array(HfSpan).optional(),
})

export function readHf(content: string, file: string): ReadResult {
  const problems: Problem[] = []
  const docs: ReadResult['docs'] = []
  eachJsonLine(content, file, problems, (value, line) => {
    const d = parseShape(Line, value, file, line, problems)
    if (!d) return
    const at = (message: string): void => void problems.push({ file, line, message })
    if (d.text !== undefined && d.spans) {
      const spans: ImportedSpan[] = []
      d.spans.forEach((s, k) => {
        const attributes = parseAttributes(s.attributes)
        if (attributes) spans.push({ ...s, attributes })
        else at(`spans.${k}.attributes: not a JSON object`)
      })
      docs.push({ file, line, source: lineSource(file, line), text: d.text, spans })
      return
    }
    const tags = Object.entries(value as Record<string, unknown>).filter(([k]) => k.endsWith('_tags'))
    const columns: string[][] = []
    for (const [key, list] of tags) {
      if (!Array.isArray(list) || list.length !== d.tokens.length || !list.every((t) => typeof t === 'string')) {
        at(`${key}: expected one tag per token (${d.tokens.length})`)
        return
      }
      columns.push(list as string[])
    }
    const { text, offsets } = textFromTokens([d.tokens])
    const spans = columns.flatMap((column) => spansFromTags(column, offsets, (token, message) => at(`token ${token + 1}: ${message}`)))
    docs.push({ file, line, source: lineSource(file, line), text, spans })
  })
  return { docs, problems }
}

function parseAttributes(json: string): Record<string, z.infer<ReturnType<typeof z.json>>> | null {
  try {
    const value: unknown = parseJson(json)
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, z.infer<ReturnType<typeof z.json>>>) : null
  } catch {
    return null
  }
}
