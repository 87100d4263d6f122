/**
 * Long documents are drawn in chunks of whole lines; only the chunks near the
 * viewport hold their paragraphs, the others are empty boxes of their height.
 * A chunk is a run of the line table; its lines are cut from the text when drawn.
 */
import { lineOf, type Line, type LineTable } from './lines'

export class Chunk {
  constructor(
    readonly index: number,
    private readonly table: LineTable,
    /** Its lines are the table's first … first + lineCount - 1. */
    readonly first: number,
    readonly lineCount: number,
  ) {
    let n = 0
    for (let i = first; i < first + lineCount; i++) n += (table.ends[i] as number) - (table.starts[i] as number)
    this.chars = n
  }

  /** UTF-16 units in its lines (line feeds between them left out): counted once, the estimates read it for every chunk at each scroll. */
  readonly chars: number

  /** UTF-16 offset in the full text of the first line's start. */
  get start(): number {
    return this.table.starts[this.first] as number
  }
  /** UTF-16 offset in the full text of the last line's end. */
  get end(): number {
    return this.table.ends[this.first + this.lineCount - 1] as number
  }
  /** Its lines, made anew at each read: only a drawn chunk reads them. */
  get lines(): Line[] {
    return Array.from({ length: this.lineCount }, (_, k) => lineOf(this.table, this.first + k))
  }
}

/** About this many UTF-16 units per chunk (one or two screens of text: the first frame draws one or two chunks). */
export const CHUNK_CHARS = 3000
/** Text up to this long is one chunk, drawn whole. */
export const VIRTUALIZE_ABOVE = 40_000

export function chunkLines(table: LineTable): Chunk[] {
  const n = table.starts.length
  if (n === 0) return []
  if (table.text.length <= VIRTUALIZE_ABOVE) return [new Chunk(0, table, 0, n)]
  const chunks: Chunk[] = []
  let first = 0
  let size = 0
  for (let i = 0; i < n; i++) {
    size += (table.ends[i] as number) - (table.starts[i] as number) + 1
    if (size >= CHUNK_CHARS || i === n - 1) {
      chunks.push(new Chunk(chunks.length, table, first, i + 1 - first))
      first = i + 1
      size = 0
    }
  }
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
  return Math.round(chunk.chars * pxPerChar + chunk.lineCount * pxPerLine)
}
