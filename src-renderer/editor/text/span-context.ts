/** A little of the text around a span, within its paragraph, for the span panel. */
import type { OffsetMap } from '../../../src-main/core/offsets'

export interface SpanContext {
  before: string
  after: string
}

export function spanContext(map: OffsetMap, start: number, end: number, around = 40): SpanContext {
  const from = Math.max(0, start - around)
  const to = Math.min(map.length, end + around)
  let before = map.slice(from, start)
  let after = map.slice(end, to)
  const nl = before.lastIndexOf('\n')
  if (nl >= 0) before = before.slice(nl + 1)
  else if (from > 0) before = `…${before.replace(/^\S*\s+/u, '')}`
  const cut = after.indexOf('\n')
  if (cut >= 0) after = after.slice(0, cut)
  else if (to < map.length) after = `${after.replace(/\s+\S*$/u, '')}…`
  return { before, after }
}
