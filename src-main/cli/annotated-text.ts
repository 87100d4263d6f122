/**
 * A document as readable text with each span inline, `[span text]{label}`, for
 * `spanwright show` and `git diff` (as a textconv). The label closes the span so
 * that crossing spans stay readable; line breaks are the text's own, so a
 * changed span shows as a changed line.
 */
import { compareSpans, type CanonicalRecord } from '../core/model'
import { createOffsetMap } from '../core/offsets'
import { plural } from './plural'

export type ShownDocument = Pick<CanonicalRecord, 'id' | 'title' | 'text' | 'spans'> & {
  /** Shown after the id: annotator and status, or what else is known. */
  about: string[]
}

export function annotatedText(doc: ShownDocument): string {
  const n = doc.spans.length
  const header = `=== ${doc.title}\n${[doc.id, ...doc.about, plural(n, 'span')].join(' · ')}`
  return `${header}\n\n${inlineSpans(doc)}\n`
}

interface Mark {
  at: number
  text: string
  /** At one offset: closings before openings, outer spans open first and close last. */
  order: number
}

function inlineSpans(record: ShownDocument): string {
  const map = createOffsetMap(record.text)
  // Opening order: by start, the longer span first, so nested spans nest.
  const spans = [...record.spans].sort((x, y) => x.start - y.start || y.end - x.end || compareSpans(x, y))
  const marks: Mark[] = []
  spans.forEach((s, rank) => {
    marks.push({ at: s.start, text: '[', order: spans.length + rank })
    marks.push({ at: s.end, text: `]{${s.label}}`, order: spans.length - rank })
  })
  marks.sort((x, y) => x.at - y.at || x.order - y.order)
  let out = ''
  let from = 0
  for (const m of marks) {
    const at = map.toUtf16(m.at)
    out += record.text.slice(from, at) + m.text
    from = at
  }
  return out + record.text.slice(from)
}
