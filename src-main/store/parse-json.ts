import { SpanwrightError } from '../core/errors'

/**
 * JSON.parse with a message that names the file and the line:column of the fault,
 * so a hand-edited or truncated file can be found and mended.
 */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const at = /position (\d+)/.exec(message)
    const position = at ? Number(at[1]) : /end of (JSON )?input/i.test(message) ? text.length : 0
    const { line, column } = lineColumn(text, position)
    const what = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '')
    throw new SpanwrightError('invalid_file', `${file}:${line}:${column}: not valid JSON (${what})`)
  }
}

export function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: position - lineStart + 1 }
}
