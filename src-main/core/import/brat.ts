/**
 * Reads one brat document: its .txt and .ann. Text-bound annotations (T) become
 * spans; a span written as fragments split at line breaks (as Spanwright and
 * brat write one that crosses a line) is joined again. Attributes (A) and
 * AnnotatorNotes (#) are attached to their span; relations and events, which a
 * span workbench does not hold, are listed as ignored.
 */
import { decodeBratNote, decodeBratWord } from '../export/brat-fields'
import { createOffsetMap } from '../offsets'
import type { Problem } from './problems'
import type { ImportedSpan, ReadResult } from './types'

export function readBrat(text: string, ann: string, annFile: string, source: string): ReadResult {
  const problems: Problem[] = []
  const notices: Problem[] = []
  const map = createOffsetMap(text)
  const spans = new Map<string, ImportedSpan>()
  const ignored = new Set<string>()
  ann.split('\n').forEach((raw, i) => {
    const line = i + 1
    const text = raw.replace(/\r$/, '')
    if (text.trim() === '') return
    const at = (message: string): void => void problems.push({ file: annFile, line, message })
    const fields = text.split('\t')
    const id = fields[0] as string
    const middle = fields[1] ?? ''
    // The text field is the rest of the line, tabs and all.
    const rest = fields.length > 2 ? fields.slice(2).join('\t') : undefined
    if (/^T\d+$/.test(id)) {
      const span = textBound(map, middle, rest, at)
      if (span) spans.set(id, span)
    } else if (/^A\d+$/.test(id)) {
      const [name, target, value] = middle.split(' ')
      const span = spans.get(target ?? '')
      if (!name || !span) return at(`attribute ${id} refers to ${target ?? 'nothing'}, which is not a text-bound annotation above it`)
      span.attributes = { ...span.attributes, [String(decodeBratWord(name))]: value === undefined ? true : decodeBratWord(value) }
    } else if (/^#\d+$/.test(id)) {
      const [kind, target] = middle.split(' ')
      const span = spans.get(target ?? '')
      if (kind !== 'AnnotatorNotes') return void ignored.add('#')
      if (!span) return at(`note ${id} refers to ${target ?? 'nothing'}, which is not a text-bound annotation above it`)
      span.note = decodeBratNote(rest ?? '')
    } else if (/^[RE*MN]\d*$/.test(id)) {
      ignored.add(id[0] as string)
    } else {
      at('not a brat annotation line (T, A, #, R, E, M, N or *)')
    }
  })
  if (ignored.size) notices.push({ file: annFile, line: 1, message: `ignored ${[...ignored].sort().join(', ')} lines: only text-bound annotations, their attributes and notes are imported` })
  return { docs: [{ file: annFile, line: 1, source, text, spans: [...spans.values()] }], problems, notices }
}

function textBound(map: ReturnType<typeof createOffsetMap>, middle: string, rest: string | undefined, at: (m: string) => void): ImportedSpan | null {
  const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(middle)
  if (!m || rest === undefined) {
    at('expected T<n><TAB>label start end<TAB>text')
    return null
  }
  const fragments = (m[2] as string).split(';').map((f) => f.split(' ').map(Number) as [number, number])
  for (const [s, e] of fragments) {
    if (!(s < e && e <= map.length)) {
      at(`fragment ${s} ${e} falls outside the text (0..${map.length}) or is empty`)
      return null
    }
  }
  for (let k = 1; k < fragments.length; k++) {
    const gap = map.slice((fragments[k - 1] as [number, number])[1], (fragments[k] as [number, number])[0])
    if ((fragments[k] as [number, number])[0] < (fragments[k - 1] as [number, number])[1] || !/^\s*\n\s*$/.test(gap)) {
      at('a discontinuous span (fragments apart by more than line breaks) cannot be held; only spans split at line breaks can')
      return null
    }
  }
  const shown = fragments.map(([s, e]) => map.slice(s, e)).join(' ')
  if (shown !== rest) {
    at(`text ${JSON.stringify(rest)} does not match the text at its offsets ${JSON.stringify(shown)}`)
    return null
  }
  return { start: (fragments[0] as [number, number])[0], end: (fragments.at(-1) as [number, number])[1], label: m[1] as string }
}
