/** `spanwright diff` output: JSON for programs, one line per difference for people. */
import type { Span } from '../core/model'
import { differenceCount, DIFF_CLASSES, type CorpusDiff, type DiffClass, type DiffCounts, type DocumentDiff, type SpanPair } from '../core/compare'
import { snippetMaker } from './span-snippet'
import type { Style, StyleName } from './style'
import { plural } from './plural'

type SpanJson = Pick<Span, 'id' | 'start' | 'end' | 'label' | 'text'>
type DocumentJson =
  | { title: string; present: 'both'; counts: DiffCounts; differences: Array<{ class: DiffClass; a: SpanJson | null; b: SpanJson | null }> }
  | { title: string; present: 'only_a' | 'only_b'; spans: number }

export function diffJson(diff: CorpusDiff): { documents: Record<string, DocumentJson>; counts: DiffCounts } {
  const documents: Record<string, DocumentJson> = {}
  for (const d of diff.documents) documents[d.id] = documentJson(d)
  return { documents, counts: diff.counts }
}

function documentJson(d: DocumentDiff): DocumentJson {
  if (d.present !== 'both') return { title: d.title, present: d.present, spans: (d.a ?? d.b)?.spans.length ?? 0 }
  const differences = d.pairs.filter((p) => p.class !== 'match').map((p) => ({ class: p.class, a: spanJson(p.a), b: spanJson(p.b) }))
  return { title: d.title, present: 'both', counts: d.counts, differences }
}

const spanJson = (s: Span | null): SpanJson | null => (s ? { id: s.id, start: s.start, end: s.end, label: s.label, text: s.text } : null)

const CLASS_STYLE: Record<DiffClass, StyleName> = { match: 'dim', relabel: 'yellow', boundary: 'cyan', only_a: 'red', only_b: 'green' }

export function diffText(diff: CorpusDiff, style: Style): string {
  const out: string[] = []
  const snippet = snippetMaker(style)
  for (const d of diff.documents) {
    const differences = d.pairs.filter((p) => p.class !== 'match')
    if (!differences.length) continue
    const n = differences.length
    out.push(`${style('bold', d.title)}  ${style('dim', `${d.id} · ${plural(n, 'difference')}, ${d.counts.match} matching`)}`)
    const text = d.a?.text ?? ''
    for (const p of differences) out.push(`  ${style(CLASS_STYLE[p.class], p.class.padEnd(8))}  ${describe(p, (s) => snippet(text, s.start, s.end))}`)
    out.push('')
  }
  for (const side of ['only_a', 'only_b'] as const) {
    const docs = diff.documents.filter((d) => d.present === side)
    if (!docs.length) continue
    out.push(style(CLASS_STYLE[side], `only in ${side === 'only_a' ? 'A' : 'B'} (${plural(docs.length, 'document')}):`))
    for (const d of docs) out.push(`  ${d.id}  ${d.title}  ${style('dim', `(${(d.a ?? d.b)?.spans.length ?? 0} spans)`)}`)
    out.push('')
  }
  out.push(totals(diff))
  return `${out.join('\n')}\n`
}

function describe(p: SpanPair, snippet: (s: Span) => string): string {
  const { a, b } = p
  if (p.class === 'relabel' && a && b) return `${a.label} → ${b.label}  ${at(a)}  ${snippet(a)}`
  if (p.class === 'boundary' && a && b) return `${a.label}  ${at(a)} → ${at(b)}  A ${snippet(a)}  B ${snippet(b)}`
  const s = (a ?? b) as Span
  return `${s.label}  ${at(s)}  ${snippet(s)}`
}

const at = (s: Span): string => `${s.start}..${s.end}`

function totals(diff: CorpusDiff): string {
  const paired = diff.documents.filter((d) => d.present === 'both').length
  const parts = DIFF_CLASSES.map((c) => `${diff.counts[c]} ${c}`).join(', ')
  const verdict = hasDifferences(diff) ? 'differences found' : 'no differences'
  return `${plural(paired, 'paired document')}: ${parts} (${verdict})`
}

/** A difference between spans, or a document only one side has. */
export const hasDifferences = (diff: CorpusDiff): boolean =>
  differenceCount(diff.counts) > 0 || diff.documents.some((d) => d.present !== 'both')
