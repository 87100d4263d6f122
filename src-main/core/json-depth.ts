/**
 * JSON.parse itself takes any depth, but everything after it (zod, formatting,
 * jsonc-parser) recurses, so a value nested 100,000 deep overflowed the stack
 * with no place named. Real Spanwright data nests about 8 deep; the limit is
 * checked by one pass over the text, before anything recurses.
 */
export const MAX_JSON_DEPTH = 64

/** The UTF-16 index of the bracket that nests deeper than `max`, or -1. */
export function jsonTooDeepAt(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // a backslash escapes the next character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return -1
}

export class JsonTooDeepError extends Error {
  constructor(readonly offset: number) {
    super(`nested more than ${MAX_JSON_DEPTH} levels deep`)
    this.name = 'JsonTooDeepError'
  }
}

/** JSON.parse, refusing a value nested deeper than MAX_JSON_DEPTH (JsonTooDeepError) before parsing it. */
export function parseJson(text: string): unknown {
  const at = jsonTooDeepAt(text)
  if (at >= 0) throw new JsonTooDeepError(at)
  return JSON.parse(text) as unknown
}

/** What a JSON-lines reader says of a line that does not parse. */
export const jsonLineProblem = (error: unknown): string =>
  error instanceof JsonTooDeepError ? error.message : `not valid JSON (${error instanceof Error ? error.message : String(error)})`
