/**
 * Token-level agreement of two coders on one label (docs/format.md): a token's value
 * is 1 if any span of the label overlaps it, else 0.
 */
import type { Span } from '../model/span'
import { lowerBound } from '../lower-bound'

type Range = readonly [number, number]

/** The 2×2 table of token values: A's value first, B's second. */
export interface TokenTable {
  both: number
  onlyA: number
  onlyB: number
  neither: number
}

export const emptyTable = (): TokenTable => ({ both: 0, onlyA: 0, onlyB: 0, neither: 0 })

export function addTable(total: TokenTable, more: TokenTable): void {
  total.both += more.both
  total.onlyA += more.onlyA
  total.onlyB += more.onlyB
  total.neither += more.neither
}

/** One table per label for one document's tokens. */
export function tokenTables(
  tokens: readonly Range[],
  spansA: readonly Span[],
  spansB: readonly Span[],
  labels: readonly string[],
): Map<string, TokenTable> {
  const sorted = isSorted(tokens) ? tokens : [...tokens].sort((x, y) => x[0] - y[0] || x[1] - y[1])
  const byLabelA = groupByLabel(spansA)
  const byLabelB = groupByLabel(spansB)
  const out = new Map<string, TokenTable>()
  for (const label of labels) {
    // Covered tokens as runs of token indices: the cost follows the spans, not the text's length.
    const a = coveredRuns(sorted, byLabelA.get(label) ?? [])
    const b = coveredRuns(sorted, byLabelB.get(label) ?? [])
    const both = sharedLength(a, b)
    const onA = runsLength(a)
    const onB = runsLength(b)
    out.set(label, { both, onlyA: onA - both, onlyB: onB - both, neither: sorted.length - onA - onB + both })
  }
  return out
}

function groupByLabel(spans: readonly Span[]): Map<string, Span[]> {
  const out = new Map<string, Span[]>()
  for (const s of spans) {
    const list = out.get(s.label)
    if (list) list.push(s)
    else out.set(s.label, [s])
  }
  return out
}

/** [first, last) token indices some span overlaps (shares a code point with), merged and sorted. */
function coveredRuns(tokens: readonly Range[], spans: readonly Span[]): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  for (const s of spans) {
    const lo = firstIndex(tokens, 1, s.start, false)
    const hi = firstIndex(tokens, 0, s.end, true)
    if (lo < hi) runs.push([lo, hi])
  }
  runs.sort((x, y) => x[0] - y[0])
  const merged: Array<[number, number]> = []
  for (const r of runs) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

/**
 * The first token whose start (side 0) or end (side 1) is above `x` — or, with
 * `orEqual`, at least `x`. Tokens are sorted and do not overlap, so both are ascending.
 */
function firstIndex(tokens: readonly Range[], side: 0 | 1, x: number, orEqual: boolean): number {
  return lowerBound(tokens.length, (i) => {
    const v = (tokens[i] as Range)[side]
    return !(v > x || (orEqual && v === x))
  })
}

const runsLength = (runs: ReadonlyArray<[number, number]>): number => runs.reduce((n, r) => n + r[1] - r[0], 0)

/** Tokens two sets of merged runs share. */
function sharedLength(a: ReadonlyArray<[number, number]>, b: ReadonlyArray<[number, number]>): number {
  let n = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as [number, number]
    const y = b[j] as [number, number]
    n += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]))
    if (x[1] < y[1]) i++
    else j++
  }
  return n
}

function isSorted(tokens: readonly Range[]): boolean {
  for (let k = 1; k < tokens.length; k++) if ((tokens[k] as Range)[0] < (tokens[k - 1] as Range)[1]) return false
  return true
}

/**
 * Cohen's κ = (pₒ − pₑ) / (1 − pₑ), in the closed form for a 2×2 table:
 * 2(ad − bc) / ((a+b)(b+d) + (a+c)(c+d)). null when pₑ = 1 (both coders constant, the same).
 */
export function cohenKappa(t: TokenTable): number | null {
  const { both: a, onlyA: b, onlyB: c, neither: d } = t
  const denominator = (a + b) * (b + d) + (a + c) * (c + d)
  return denominator === 0 ? null : (2 * (a * d - b * c)) / denominator
}

/**
 * Krippendorff's α, nominal, two coders, no missing values: 1 − Dₒ/Dₑ with
 * Dₒ = (b+c)/N and Dₑ = 2·n₀·n₁ / (n(n−1)), n = 2N pairable values.
 * null when every value is the same (Dₑ = 0).
 */
export function krippendorffAlpha(t: TokenTable): number | null {
  const { both: a, onlyA: b, onlyB: c, neither: d } = t
  const n = 2 * (a + b + c + d)
  const ones = 2 * a + b + c
  const zeros = 2 * d + b + c
  if (ones === 0 || zeros === 0) return null
  return 1 - ((n - 1) * (b + c)) / (ones * zeros)
}
