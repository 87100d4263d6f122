/**
 * `brat`: a folder with NAME.txt (the text, exactly) and NAME.ann per document,
 * NAME being the document id. A span that crosses a line break is written as
 * brat writes it, one fragment per line (`T1<TAB>label 0 5;6 9<TAB>text`).
 * Notes are `#` lines (AnnotatorNotes), attributes `A` lines.
 */
import type { CanonicalRecord } from '../model/canonical-record'
import { createOffsetMap, type OffsetMap } from '../offsets'
import type { Range } from '../tokens'
import { encodeBratNote, encodeBratWord } from './brat-fields'
import type { FolderEncoder, OutputFile } from './types'

export function bratEncoder(labels: readonly string[]): FolderEncoder {
  const attributes = new Map<string, Set<string>>()
  return {
    layout: 'folder',
    encode(record) {
      for (const s of record.spans) {
        for (const [k, v] of Object.entries(s.attributes)) {
          const values = attributes.get(k) ?? new Set<string>()
          if (v !== true) values.add(encodeBratWord(v))
          attributes.set(k, values)
        }
      }
      return {
        files: [
          { name: `${record.id}.txt`, content: record.text },
          { name: `${record.id}.ann`, content: encodeAnn(record) },
        ],
        dropped: [],
      }
    },
    finish: (): OutputFile[] => [{ name: 'annotation.conf', content: annotationConf(labels, attributes) }],
  }
}

export function encodeAnn(record: CanonicalRecord): string {
  const map = createOffsetMap(record.text)
  const lines: string[] = []
  let attr = 0
  let note = 0
  record.spans.forEach((s, i) => {
    const t = `T${i + 1}`
    const fragments = lineFragments(map, s.start, s.end)
    const where = fragments.map(([a, b]) => `${a} ${b}`).join(';')
    lines.push(`${t}\t${s.label} ${where}\t${fragments.map(([a, b]) => map.slice(a, b)).join(' ')}`)
    for (const [k, v] of Object.entries(s.attributes)) {
      lines.push(v === true ? `A${++attr}\t${encodeBratWord(k)} ${t}` : `A${++attr}\t${encodeBratWord(k)} ${t} ${encodeBratWord(v)}`)
    }
    if (s.note) lines.push(`#${++note}\tAnnotatorNotes ${t}\t${encodeBratNote(s.note)}`)
  })
  return lines.length ? `${lines.join('\n')}\n` : ''
}

/** [start, end) cut at every line feed, without empty pieces. */
function lineFragments(map: OffsetMap, start: number, end: number): Range[] {
  const out: Range[] = []
  const stop = map.toUtf16(end)
  let from = map.toUtf16(start)
  for (let nl = map.text.indexOf('\n', from); nl >= 0 && nl < stop; nl = map.text.indexOf('\n', from)) {
    if (nl > from) out.push([map.toCodePoint(from), map.toCodePoint(nl)])
    from = nl + 1
  }
  if (stop > from) out.push([map.toCodePoint(from), end])
  return out
}

function annotationConf(labels: readonly string[], attributes: Map<string, Set<string>>): string {
  const attrs = [...attributes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, values]) => {
    const v = [...values].sort()
    return `${encodeBratWord(k)}\tArg:<ENTITY>${v.length ? `, Value:${v.join('|')}` : ''}`
  })
  return ['[entities]', ...labels, '', '[relations]', '', '[events]', '', '[attributes]', ...attrs, ''].join('\n')
}
