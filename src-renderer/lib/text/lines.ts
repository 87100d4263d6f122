/** A document's text as the lines it is drawn in, each with its UTF-16 start offset. */
export interface Line {
  /** UTF-16 offset of the line's first character in the full text. */
  start: number
  text: string
  /** True for the document's title: its first non-blank line. */
  title: boolean
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let titled = false
  for (const part of text.split('\n')) {
    const title: boolean = !titled && part.trim() !== ''
    titled ||= title
    lines.push({ start, text: part, title })
    start += part.length + 1
  }
  return lines
}
