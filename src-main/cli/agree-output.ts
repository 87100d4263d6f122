/** `spanwright agree` as a table for people (the JSON is the Agreement itself). */
import type { Agreement, ScorePair } from '../core/compare'
import type { Style } from './style'

const fmt = (x: number | null): string => (x === null ? '—' : x.toFixed(3)).padStart(6)
const scores = (s: ScorePair): string =>
  `${fmt(s.exact.precision)} ${fmt(s.exact.recall)} ${fmt(s.exact.f1)}   ${fmt(s.partial.precision)} ${fmt(s.partial.recall)} ${fmt(s.partial.f1)}`

export function agreementText(agreement: Agreement, names: { a: string; b: string }, style: Style): string {
  const labels = Object.keys(agreement.labels)
  const width = Math.max(10, ...labels.map((l) => [...l].length))
  const row = (name: string, body: string): string => `${name.padEnd(width)}  ${body}`
  const n = agreement.documents
  const lines = [
    `${n} paired document${n === 1 ? '' : 's'}; spans of B (${names.b}) scored against A (${names.a})`,
    '',
    style('bold', row('', `${'exact'.padEnd(20)}   ${'partial'.padEnd(20)}   token`)),
    style('bold', row('label', `${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'κ'.padStart(6)} ${'α'.padStart(6)}`)),
    ...labels.map((l) => {
      const f = agreement.labels[l]
      return f ? row(l, `${scores(f)}   ${fmt(f.kappa)} ${fmt(f.alpha)}`) : ''
    }),
    row('micro', `${scores(agreement.micro)}   ${fmt(agreement.mean_kappa)} ${fmt(agreement.mean_alpha)}  (mean κ, α)`),
  ]
  if (labels.some((l) => Object.values(agreement.labels[l] ?? {}).some((v) => v === null))) {
    lines.push('', style('dim', '— undefined: no span of the label on one side, or every token has the same value'))
  }
  return `${lines.join('\n')}\n`
}
