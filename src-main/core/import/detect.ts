/**
 * Which format a file is in, from its content (and, for plain text and brat,
 * its name), when the person did not say.
 */
import type { ImportFormat } from '../export/formats'
import { parseJson } from '../json-depth'

export function detectFormat(name: string, content: string): ImportFormat | null {
  const lower = name.toLowerCase()
  if (lower.endsWith('.ann')) return 'brat'
  if (lower.endsWith('.txt') || lower.endsWith('.md')) return 'text'
  const start = content.replace(/^\uFEFF/, '').trimStart()
  const firstLine = start.split('\n', 1)[0] as string
  if (start.startsWith('[')) return 'label-studio'
  // A .jsonl file whose first line is not JSON at all is read as canonical JSONL, so each bad line is named.
  if (start.startsWith('{')) return lower.endsWith('.jsonl') && !isJson(firstLine) ? 'jsonl' : jsonLineFormat(firstLine)
  if (firstLine.startsWith('-DOCSTART-') || /^\S+([\t ]+(O|[BI]-\S+))+\s*$/.test(firstLine)) return 'conll'
  return null
}

function jsonLineFormat(line: string): ImportFormat | null {
  let value: unknown
  try {
    value = parseJson(line)
  } catch {
    return null
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null
  const o = value as Record<string, unknown>
  if ('text_sha256' in o && 'offsets' in o) return 'jsonl'
  if ('_input_hash' in o || '_task_hash' in o || 'answer' in o) return 'prodigy'
  if (Array.isArray(o.tokens) && o.tokens.every((t) => typeof t === 'string') && Object.keys(o).some((k) => k.endsWith('_tags'))) return 'hf'
  if ('ents' in o || (typeof o.spans === 'object' && o.spans !== null && !Array.isArray(o.spans))) return 'spacy'
  if (Array.isArray(o.tokens) && o.tokens.some((t) => typeof t === 'object' && t !== null && 'ws' in t)) return 'prodigy'
  // A script's output: text and a list of spans, the rest left for the reader to compute (docs/format.md).
  if (typeof o.text === 'string' && Array.isArray(o.spans)) return 'jsonl'
  if ('label' in o || 'labels' in o || 'entities' in o) return 'doccano'
  if ('data' in o && 'annotations' in o) return 'label-studio'
  return null
}

function isJson(line: string): boolean {
  try {
    parseJson(line)
    return true
  } catch {
    return false
  }
}
