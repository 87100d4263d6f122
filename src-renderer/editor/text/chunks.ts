/**
 * Long documents are drawn in chunks of whole lines; only the chunks near the
 * viewport hold their paragraphs, the others are empty boxes of their height.
 */
import type { Line } from './lines'

export interface Chunk {
  index: number
  lines: Line[]
  /** UTF-16 offsets in the full text: the first line's start, the last line's end. */
  start: number
  end: number
  /** UTF-16 units in its lines (line breaks left out): counted once, the estimates read it for every chunk at each scroll. */
  chars: number
}

/** About this many UTF-16 units per chunk (one or two screens of text: the first frame draws one or two chunks). */
export const CHUNK_CHARS = 3000
/** Text up to this long is one chunk, drawn whole. */
export const VIRTUALIZE_ABOVE = 40_000

export function chunkLines(lines: readonly Line[], textLength: number): Chunk[] {
  const last = lines[lines.length - 1]
  if (!last) return []
  if (textLength <= VIRTUALIZE_ABOVE) {
    let chars = 0
    for (const line of lines) chars += line.text.length
    return [{ index: 0, lines: [...lines], start: 0, end: last.start + last.text.length, chars }]
  }
  const chunks: Chunk[] = []
  let current: Line[] = []
  let size = 0
  let chars = 0
  const close = (): void => {
    const first = current[0] as Line
    const end = current[current.length - 1] as Line
    chunks.push({ index: chunks.length, lines: current, start: first.start, end: end.start + end.text.length, chars })
    current = []
    size = 0
    chars = 0
  }
  for (const line of lines) {
    current.push(line)
    chars += line.text.length
    size += line.text.length + 1
    if (size >= CHUNK_CHARS) close()
  }
  if (current.length) close()
  return chunks
}

/** The chunk holding UTF-16 offset `utf16` (binary search over starts). */
export function chunkAt(chunks: readonly Chunk[], utf16: number): number {
  let lo = 0
  let hi = chunks.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if ((chunks[mid] as Chunk).start <= utf16) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** A chunk's height before it was ever drawn, from its lines (calibrated by what was measured). */
export function estimateHeight(chunk: Chunk, pxPerChar: number, pxPerLine: number): number {
  return Math.round(chunk.chars * pxPerChar + chunk.lines.length * pxPerLine)
}
