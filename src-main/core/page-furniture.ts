/**
 * Page furniture of an imported news page (ANNOTATION-GUIDE.md: "What is not
 * annotated"): the lines no label applies to, found by their shape. Headlines
 * and their repeats, the lead and photo captions stay content.
 */
import { createOffsetMap } from './offsets'
import { LINE_SHAPES, isRelatedHeading } from './page-furniture-shapes'
import type { CodePointRange } from './suggest/types'

interface Line {
  /** UTF-16 offsets of the trimmed line. */
  start: number
  end: number
  text: string
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  for (const m of text.matchAll(/[^\r\n]*/gu)) {
    const raw = m[0]
    const lead = raw.length - raw.trimStart().length
    const body = raw.trim()
    if (body !== '') lines.push({ start: m.index + lead, end: m.index + lead + body.length, text: body })
  }
  return lines
}

/** "Title Title": a related article's title doubled by the page's link markup. */
function isDoubled(line: string): boolean {
  const half = (line.length - 1) / 2
  return Number.isInteger(half) && half >= 12 && line[half] === ' ' && line.slice(0, half) === line.slice(half + 1)
}

/** A photo caption shown twice (alt text and caption) is content, not a teaser. */
const CAPTION = /(?:ảnh|nguồn|photo|video)\s*:/iu
/** A teaser's snippet: a short paragraph, often cut off with "...". */
const isSnippet = (line: string): boolean => line !== '' && (line.length <= 300 || /(?:\.\.\.|…)$/u.test(line))

/** "Xem thêm: Giá vàng hôm nay…": one related link inside the body. */
const RELATED_LINK = /^(?:đọc thêm|xem thêm|tin liên quan|bài liên quan|xem tiếp|video)\s*[:>»]/iu

/** Indices (into `lines`) of furniture lines. */
function furnitureIndices(lines: readonly Line[]): Set<number> {
  const out = new Set<number>()
  lines.forEach((l, i) => {
    if (LINE_SHAPES.some((shape) => shape(l.text)) || RELATED_LINK.test(l.text)) out.add(i)
  })
  const headline = lines.findIndex((_, i) => !out.has(i))
  for (let i = 0; i < lines.length; i++) {
    if (isRelatedHeading((lines[i] as Line).text)) {
      for (let k = i; k < lines.length; k++) out.add(k)
      break
    }
    // A related-article teaser: its title twice (on one line or two), then its snippet.
    // The headline and its repeat are content, however they look.
    const text = (lines[i] as Line).text
    const pair = lines[i + 1]?.text === text
    if (i === headline) {
      if (pair) i++
      continue
    }
    if ((pair || isDoubled(text)) && !CAPTION.test(text)) {
      const last = pair ? i + 1 : i
      for (let k = i; k <= last; k++) out.add(k)
      if (isSnippet(lines[last + 1]?.text ?? '')) out.add(last + 1)
      i = last
    }
  }
  return out
}

/** [start, end) in code points of every page-furniture line, in text order, without line breaks or edge whitespace. */
export function furnitureLines(text: string): CodePointRange[] {
  const lines = splitLines(text)
  const furniture = furnitureIndices(lines)
  const map = createOffsetMap(text)
  return lines.filter((_, i) => furniture.has(i)).map((l) => [map.toCodePoint(l.start), map.toCodePoint(l.end)] as const)
}

/** The analyst-facing title: the first line that is not furniture, in code points; null when every line is. */
export function headlineRange(text: string): CodePointRange | null {
  const lines = splitLines(text)
  const furniture = furnitureIndices(lines)
  const first = lines.find((_, i) => !furniture.has(i))
  if (!first) return null
  const map = createOffsetMap(text)
  return [map.toCodePoint(first.start), map.toCodePoint(first.end)]
}
