/**
 * What the workspace must hold after a kill: every confirmed edit, plus or minus
 * the one edit each worker had in flight (it may or may not have reached disk).
 */

export type CrashOp =
  | { op: 'add'; docId: string; start: number; end: number; label: string; spanId?: string }
  | { op: 'relabel'; docId: string; spanId: string; label: string }
  | { op: 'remove'; docId: string; spanId: string }
  | { op: 'delete'; docId: string; trashId?: string }
  | { op: 'restore'; docId: string; trashId: string }

export interface SpanKey {
  id: string
  start: number
  end: number
  label: string
}

/** Confirmed state of every document: its spans, and whether it is listed or in the trash. */
export interface DocState {
  where: 'listed' | 'trash'
  spans: Map<string, SpanKey>
}
export type Model = Map<string, DocState>

/** Applies a confirmed operation (its "ok" line) to the model. */
export function confirm(model: Model, op: CrashOp): void {
  const doc = model.get(op.docId)
  if (!doc) return
  switch (op.op) {
    case 'add':
      if (op.spanId) doc.spans.set(op.spanId, { id: op.spanId, start: op.start, end: op.end, label: op.label })
      break
    case 'relabel': {
      const span = doc.spans.get(op.spanId)
      if (span) doc.spans.set(op.spanId, { ...span, label: op.label })
      break
    }
    case 'remove':
      doc.spans.delete(op.spanId)
      break
    case 'delete':
      doc.where = 'trash'
      break
    case 'restore':
      doc.where = 'listed'
      break
  }
}

/** What is on disk for one document after the kill; spans only when it is listed. */
export interface Observed {
  where: 'listed' | 'trash' | 'absent'
  spans: SpanKey[]
}

/**
 * Null when `seen` is the confirmed state, or the confirmed state with the
 * in-flight operation applied; otherwise what is wrong.
 */
export function problemWith(docId: string, expected: DocState, inFlight: CrashOp | undefined, seen: Observed): string | null {
  const places = new Set<string>([expected.where])
  if (inFlight?.op === 'delete') places.add('trash')
  if (inFlight?.op === 'restore') places.add('listed')
  if (!places.has(seen.where)) return `${docId}: expected ${[...places].join(' or ')}, found ${seen.where}`
  if (seen.where !== 'listed') return null
  const confirmed = [...expected.spans.values()]
  if (sameSpans(seen.spans, confirmed)) return null
  if (inFlight && inFlightMatches(inFlight, confirmed, seen.spans)) return null
  const lost = confirmed.filter((c) => !seen.spans.some((s) => same(s, c)))
  const extra = seen.spans.filter((s) => !confirmed.some((c) => same(s, c)))
  return `${docId}: confirmed spans differ (lost ${JSON.stringify(lost)}, unexpected ${JSON.stringify(extra)}, in flight ${JSON.stringify(inFlight ?? null)})`
}

function inFlightMatches(op: CrashOp, confirmed: SpanKey[], seen: SpanKey[]): boolean {
  switch (op.op) {
    case 'add': {
      const extra = seen.filter((s) => !confirmed.some((c) => c.id === s.id))
      return (
        extra.length === 1 &&
        extra[0]?.start === op.start &&
        extra[0]?.end === op.end &&
        extra[0]?.label === op.label &&
        sameSpans(seen.filter((s) => s !== extra[0]), confirmed)
      )
    }
    case 'relabel':
      return sameSpans(seen, confirmed.map((c) => (c.id === op.spanId ? { ...c, label: op.label } : c)))
    case 'remove':
      return sameSpans(seen, confirmed.filter((c) => c.id !== op.spanId))
    default:
      return false
  }
}

const same = (a: SpanKey, b: SpanKey): boolean => a.id === b.id && a.start === b.start && a.end === b.end && a.label === b.label
const key = (s: SpanKey): string => `${s.id}:${s.start}:${s.end}:${s.label}`
function sameSpans(a: SpanKey[], b: SpanKey[]): boolean {
  if (a.length !== b.length) return false
  const keys = new Set(a.map(key))
  return b.every((s) => keys.has(key(s)))
}


export { seededRandom } from '../src-main/core/seeded-random'
