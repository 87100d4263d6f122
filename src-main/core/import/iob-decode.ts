/**
 * Back from tokens and IOB2 tags to text and spans, for formats that keep no
 * text (CoNLL): tokens are joined by spaces, paragraphs by line feeds.
 */
import { codePointLength } from '../offsets'
import type { Range } from '../tokens'
import type { ImportedSpan } from './types'

export function textFromTokens(paragraphs: readonly (readonly string[])[]): { text: string; offsets: Range[] } {
  const offsets: Range[] = []
  let text = ''
  let at = 0
  paragraphs.forEach((tokens, p) => {
    if (p > 0) {
      text += '\n'
      at++
    }
    tokens.forEach((token, i) => {
      if (i > 0) {
        text += ' '
        at++
      }
      const length = codePointLength(token)
      offsets.push([at, at + length])
      text += token
      at += length
    })
  })
  return { text, offsets }
}

const TAG = /^(?:O|([BI])-(.+))$/

/**
 * Spans of one tag column. An I- tag that does not continue a span of its label
 * starts one (as conlleval reads IOB1-style files).
 */
export function spansFromTags(tags: readonly string[], offsets: readonly Range[], report: (token: number, message: string) => void): ImportedSpan[] {
  const spans: ImportedSpan[] = []
  let open: ImportedSpan | null = null
  tags.forEach((tag, i) => {
    const m = TAG.exec(tag)
    if (!m) {
      report(i, `"${tag}" is not an IOB2 tag (O, B-label or I-label)`)
      open = null
      return
    }
    const [, kind, label] = m
    const [s, e] = offsets[i] as Range
    if (!label) open = null
    else if (kind === 'I' && open && open.label === label) open.end = e
    else {
      open = { start: s, end: e, label }
      spans.push(open)
    }
  })
  return spans
}
