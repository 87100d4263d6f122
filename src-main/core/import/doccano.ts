/**
 * Reads doccano sequence-labelling JSONL: `label` (or `labels`) as
 * `[start, end, "label"]` triples, or `entities` as doccano's newer objects.
 */
import { z } from 'zod'
import { eachJsonLine, lineSource, Offset, parseShape } from './json-lines'
import type { Problem } from './problems'
import type { ReadResult } from './types'

const Triple = z.tuple([Offset, Offset, z.string()])
const Entity = z.looseObject({ start_offset: Offset, end_offset: Offset, label: z.string() })
const Line = z.looseObject({
  text: z.string(),
  label: z.array(Triple).optional(),
  labels: z.array(Triple).optional(),
  entities: z.array(Entity).optional(),
})

export function readDoccano(content: string, file: string): ReadResult {
  const problems: Problem[] = []
  const docs: ReadResult['docs'] = []
  eachJsonLine(content, file, problems, (value, line) => {
    const d = parseShape(Line, value, file, line, problems)
    if (!d) return
    const spans = [
      ...(d.label ?? d.labels ?? []).map(([start, end, label]) => ({ start, end, label })),
      ...(d.entities ?? []).map((e) => ({ start: e.start_offset, end: e.end_offset, label: e.label })),
    ]
    docs.push({ file, line, source: lineSource(file, line), text: d.text, spans })
  })
  return { docs, problems }
}
