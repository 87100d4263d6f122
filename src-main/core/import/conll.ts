/**
 * Reads CoNLL files with one IOB2 column per label (Spanwright's export, or any
 * `token<TAB or space>tag…` file). `-DOCSTART-` starts a document, a blank line
 * a paragraph; the text is rebuilt from the tokens.
 */
import { spansFromTags, textFromTokens } from './iob-decode'
import type { Problem } from './problems'
import type { ImportedDoc, ReadResult } from './types'

interface Block {
  line: number
  paragraphs: string[][]
  /** Tag columns, one entry per token of the whole document. */
  columns: string[][]
  /** The line of each token. */
  lines: number[]
}

export function readConll(content: string, file: string): ReadResult {
  const problems: Problem[] = []
  const blocks: Block[] = []
  let block: Block | null = null
  let width = -1
  const name = file.split(/[\\/]/).pop() ?? file
  content.split('\n').forEach((raw, i) => {
    const line = i + 1
    const text = raw.replace(/\r$/, '')
    if (text.startsWith('-DOCSTART-')) {
      block = { line, paragraphs: [[]], columns: [], lines: [] }
      blocks.push(block)
      return
    }
    if (text.trim() === '') {
      if (block && (block.paragraphs.at(-1) as string[]).length > 0) block.paragraphs.push([])
      return
    }
    const fields = text.includes('\t') ? text.split('\t') : text.trim().split(/ +/)
    if (width < 0) width = fields.length
    if (fields.length !== width) {
      problems.push({ file, line, message: `${fields.length} columns where earlier lines have ${width}` })
      return
    }
    if (!block) {
      block = { line, paragraphs: [[]], columns: [], lines: [] }
      blocks.push(block)
    }
    const current: Block = block
    ;(current.paragraphs.at(-1) as string[]).push(fields[0] as string)
    current.lines.push(line)
    fields.slice(1).forEach((tag, c) => void (current.columns[c] ??= []).push(tag))
  })
  const docs: ImportedDoc[] = []
  for (const b of blocks) {
    const paragraphs = b.paragraphs.filter((p) => p.length > 0)
    const { text, offsets } = textFromTokens(paragraphs)
    const spans = b.columns.flatMap((column) =>
      spansFromTags(column, offsets, (token, message) => problems.push({ file, line: b.lines[token] ?? b.line, message })),
    )
    docs.push({ file, line: b.line, source: `${name}:${b.line}`, text, spans })
  }
  return { docs, problems }
}
