/** Reads spaCy `Doc.to_json()` lines: spans from every group in `spans`, and `ents`. */
import { z } from 'zod'
import { eachJsonLine, lineSource, Offset, parseShape } from './json-lines'
import type { Problem } from './problems'
import type { ImportedSpan, ReadResult } from './types'

const CharSpan = z.looseObject({ start: Offset, end: Offset, label: z.string() })
const SpacyDoc = z.looseObject({
  text: z.string(),
  ents: z.array(CharSpan).optional(),
  spans: z.record(z.string(), z.array(CharSpan)).optional(),
})

export function readSpacy(content: string, file: string): ReadResult {
  const problems: Problem[] = []
  const docs: ReadResult['docs'] = []
  eachJsonLine(content, file, problems, (value, line) => {
    const doc = parseShape(SpacyDoc, value, file, line, problems)
    if (!doc) return
    const spans: ImportedSpan[] = []
    const seen = new Set<string>()
    for (const s of [...Object.values(doc.spans ?? {}).flat(), ...(doc.ents ?? [])]) {
      const key = `${s.start}:${s.end}:${s.label}`
      if (!seen.has(key)) spans.push({ start: s.start, end: s.end, label: s.label })
      seen.add(key)
    }
    docs.push({ file, line, source: lineSource(file, line), text: doc.text, spans })
  })
  return { docs, problems }
}
