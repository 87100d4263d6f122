/**
 * Agreement over paired documents (docs/format.md): span precision/recall/F1 of B
 * against A, exact and partial, per label and micro-averaged; token-level
 * Cohen's κ and Krippendorff's α per label, and their means over labels.
 */
import { spanScores, type Scores } from './span-scores'
import { addTable, cohenKappa, emptyTable, krippendorffAlpha, tokenTables, type TokenTable } from './token-agreement'
import type { DocumentDiff } from './types'

export interface ScorePair {
  exact: Scores
  partial: Scores
}
export interface LabelAgreement extends ScorePair {
  kappa: number | null
  alpha: number | null
}
/** The shape of `spanwright agree --json`. */
export interface Agreement {
  documents: number
  labels: Record<string, LabelAgreement>
  micro: ScorePair
  /** Means over the labels whose figure is defined; null when none is. */
  mean_kappa: number | null
  mean_alpha: number | null
}

export interface AgreementOptions {
  /** Labels to list first, in this order (a workspace's schema); others follow sorted. */
  order?: readonly string[]
}

interface Tally {
  a: number
  b: number
  exact: number
  partial: number
  tokens: TokenTable
}
const emptyTally = (): Tally => ({ a: 0, b: 0, exact: 0, partial: 0, tokens: emptyTable() })

export function agreementOf(documents: readonly DocumentDiff[], options: AgreementOptions = {}): Agreement {
  const paired = documents.filter((d) => d.present === 'both' && d.a && d.b)
  const labels = labelsOf(paired, options.order ?? [])
  const tallies = new Map(labels.map((l) => [l, emptyTally()]))
  for (const doc of paired) {
    for (const p of doc.pairs) {
      if (p.a) (tallies.get(p.a.label) as Tally).a++
      if (p.b) (tallies.get(p.b.label) as Tally).b++
      if (p.class === 'match' || p.class === 'boundary') {
        const t = tallies.get((p.a ?? p.b)?.label ?? '') as Tally
        t.partial++
        if (p.class === 'match') t.exact++
      }
    }
    const tables = tokenTables(doc.a?.tokens ?? [], doc.a?.spans ?? [], doc.b?.spans ?? [], labels)
    for (const [label, table] of tables) addTable((tallies.get(label) as Tally).tokens, table)
  }
  const total = emptyTally()
  const perLabel: Record<string, LabelAgreement> = {}
  for (const [label, t] of tallies) {
    total.a += t.a
    total.b += t.b
    total.exact += t.exact
    total.partial += t.partial
    perLabel[label] = { ...scorePair(t), kappa: cohenKappa(t.tokens), alpha: krippendorffAlpha(t.tokens) }
  }
  const figures = Object.values(perLabel)
  return {
    documents: paired.length,
    labels: perLabel,
    micro: scorePair(total),
    mean_kappa: mean(figures.map((f) => f.kappa)),
    mean_alpha: mean(figures.map((f) => f.alpha)),
  }
}

const scorePair = (t: Tally): ScorePair => ({ exact: spanScores(t.exact, t.b, t.a), partial: spanScores(t.partial, t.b, t.a) })

/** Every label that some span of a paired document carries, on either side. */
function labelsOf(paired: readonly DocumentDiff[], order: readonly string[]): string[] {
  const seen = new Set<string>()
  for (const doc of paired) for (const p of doc.pairs) for (const s of [p.a, p.b]) if (s) seen.add(s.label)
  const first = order.filter((l) => seen.has(l))
  const rest = [...seen].filter((l) => !order.includes(l)).sort()
  return [...first, ...rest]
}

function mean(values: ReadonlyArray<number | null>): number | null {
  const defined = values.filter((v): v is number => v !== null)
  return defined.length ? defined.reduce((x, y) => x + y, 0) / defined.length : null
}
