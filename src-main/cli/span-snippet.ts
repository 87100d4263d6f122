import { createOffsetMap, type OffsetMap } from '../core/offsets'
import type { Style } from './style'

const CONTEXT = 24
const LONGEST = 80

/** Offset maps per text, so many snippets of one document convert offsets once. */
export function snippetMaker(style: Style): (text: string, start: number, end: number) => string {
  let last: OffsetMap | null = null
  return (text, start, end) => {
    if (last?.text !== text) last = createOffsetMap(text)
    return snippet(last, start, end, style)
  }
}

/** `…before [span text] after…`: the span with a little context from its own line. */
function snippet(map: OffsetMap, start: number, end: number, style: Style): string {
  const startUtf16 = map.toUtf16(start)
  const lineStart = startUtf16 === 0 ? 0 : map.text.lastIndexOf('\n', startUtf16 - 1) + 1
  const nl = map.text.indexOf('\n', map.toUtf16(end))
  const lineEnd = map.toCodePoint(nl < 0 ? map.text.length : nl)
  const from = Math.max(map.toCodePoint(lineStart), start - CONTEXT)
  const to = Math.min(lineEnd, end + CONTEXT)
  const before = (from > map.toCodePoint(lineStart) ? '…' : '') + map.slice(from, start)
  const after = map.slice(end, to) + (to < lineEnd ? '…' : '')
  return `${before}[${style('bold', shorten(map.slice(start, end)))}]${after}`
}

function shorten(text: string): string {
  const flat = text.replace(/\n/g, '⏎')
  const chars = [...flat]
  if (chars.length <= LONGEST) return flat
  return `${chars.slice(0, LONGEST / 2).join('')}…${chars.slice(-LONGEST / 2 + 1).join('')}`
}
