import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser'
import { SpanwrightError } from '../../core/errors'
import { JsonTooDeepError, parseJson } from '../../core/json-depth'

/**
 * JSON.parse with a message that names the file and the line:column of the fault,
 * so a hand-edited or truncated file can be found and mended. V8's own messages
 * do not always carry a position, so a failure is located with jsonc-parser.
 */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return parseJson(text)
  } catch (error) {
    if (error instanceof JsonTooDeepError) {
      const { line, column } = lineColumn(text, error.offset)
      throw new SpanwrightError('invalid_file', `${file}:${line}:${column}: ${error.message}`)
    }
    const errors: ParseError[] = []
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
    const first = errors[0]
    const offset = first?.offset ?? 0
    const what = first ? describe(printParseErrorCode(first.error)) : 'not JSON'
    const { line, column } = lineColumn(text, offset)
    throw new SpanwrightError('invalid_file', `${file}:${line}:${column}: not valid JSON (${what})`)
  }
}

/** 'CloseBraceExpected' → 'close brace expected'. */
const describe = (code: string): string => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}
