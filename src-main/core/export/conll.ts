/**
 * `conll`: one token per line, then one IOB2 column per label (tab-separated,
 * in the workspace's label order), so nested spans of different labels all
 * survive. `-DOCSTART-` opens each document; a blank line ends each paragraph,
 * unless a span runs on across the line break.
 */
import type { CanonicalRecord } from '../model/canonical-record'
import { createOffsetMap } from '../offsets'
import { tokensForSpans } from './export-tokens'
import { iobColumns } from './iob'
import type { EncodeContext, Encoded, FileEncoder } from './types'

export function conllEncoder(ctx: EncodeContext): FileEncoder {
  return { layout: 'file', begin: '', separator: '', end: '', empty: '', encode: (record) => encodeConll(record, ctx) }
}

export function encodeConll(record: CanonicalRecord, ctx: EncodeContext): Encoded {
  const map = createOffsetMap(record.text)
  const tokens = tokensForSpans(record.tokens, record.spans)
  const { columns, dropped } = iobColumns(record.id, tokens, record.spans, ctx.labels)
  const lines = [['-DOCSTART-', ...ctx.labels.map(() => 'O')].join('\t'), '']
  tokens.forEach(([s, e], i) => {
    lines.push([map.slice(s, e), ...columns.map((c) => c[i] as string)].join('\t'))
    const next = tokens[i + 1]
    const lineBreak = next ? map.slice(e, next[0]).includes('\n') : true
    if (lineBreak && !columns.some((c) => c[i + 1]?.startsWith('I-'))) lines.push('')
  })
  return { text: `${lines.join('\n')}\n`, dropped }
}
