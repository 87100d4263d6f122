/**
 * IOB2 tags, one sequence per label, so nested spans of different labels all
 * survive. Within one label IOB2 cannot hold two overlapping spans: the later
 * (or, at the same start, the shorter) one is dropped and reported.
 */
import type { Span } from '../model/span'
import type { Range } from '../tokens'
import { tokenRun } from './export-tokens'
import { droppedSpan, type DroppedSpan } from './types'

export interface IobColumns {
  /** One tag list per label, in the order of `labels`. */
  columns: string[][]
  dropped: DroppedSpan[]
}

export function iobColumns(docId: string, tokens: readonly Range[], spans: readonly Span[], labels: readonly string[]): IobColumns {
  const dropped: DroppedSpan[] = []
  const columns = labels.map(() => new Array<string>(tokens.length).fill('O'))
  const owner = labels.map(() => new Array<Span | undefined>(tokens.length))
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const span of ordered) {
    const col = labels.indexOf(span.label)
    if (col < 0) {
      dropped.push(droppedSpan(docId, span, { kind: 'label_not_exported' }))
      continue
    }
    const run = tokenRun(tokens, span.start, span.end)
    if (!run) {
      dropped.push(droppedSpan(docId, span, { kind: 'not_on_tokens' }))
      continue
    }
    const tags = columns[col] as string[]
    const owners = owner[col] as Array<Span | undefined>
    const taken = owners.slice(run[0], run[1] + 1).find((s) => s !== undefined)
    if (taken) {
      dropped.push(droppedSpan(docId, span, { kind: 'overlaps', with: { id: taken.id, label: taken.label, start: taken.start, end: taken.end } }))
      continue
    }
    for (let i = run[0]; i <= run[1]; i++) {
      tags[i] = `${i === run[0] ? 'B' : 'I'}-${span.label}`
      owners[i] = span
    }
  }
  return { columns, dropped }
}
