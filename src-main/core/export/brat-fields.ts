/**
 * brat's .ann fields cannot hold every value Spanwright keeps: attribute names
 * and values are single words, notes single lines. These encodings keep them
 * lossless and are undone by the brat reader.
 */
import type { Span } from '../model/span'

type Json = Span['attributes'][string]

/** A bare word when it reads back as itself, else JSON with every whitespace escaped. */
export function encodeBratWord(value: Json): string {
  if (typeof value === 'string' && /^[^\s"[{\-0-9]\S*$/u.test(value) && !['true', 'false', 'null'].includes(value)) return value
  return JSON.stringify(value).replace(/\s/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export function decodeBratWord(word: string): Json {
  try {
    return JSON.parse(word) as Json
  } catch {
    return word
  }
}

/** Notes: backslash escapes for the characters a line cannot hold. */
export const encodeBratNote = (note: string): string =>
  note.replace(/[\\\n\t\r]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c] as string)

export const decodeBratNote = (text: string): string =>
  text.replace(/\\([\\ntr])/g, (_, c: string) => ({ '\\': '\\', n: '\n', t: '\t', r: '\r' })[c] as string)
