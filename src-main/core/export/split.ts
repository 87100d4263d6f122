/**
 * `--split train=0.8,dev=0.1,test=0.1 --seed N`: each document goes to a part
 * chosen from a hash of the seed and its id alone, so the same document always
 * lands in the same part, whatever else the workspace holds.
 */
import { SpanwrightError } from '../errors'
import { sha256Hex } from '../hash'

export interface SplitPart {
  name: string
  ratio: number
}
export interface SplitSpec {
  parts: SplitPart[]
  seed: number
}

export const PART_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/

/** Parses `train=0.8,dev=0.1,test=0.1`. */
export function parseSplitParts(spec: string): SplitPart[] {
  const parts = spec.split(',').map((item) => {
    const m = /^\s*([^=\s]+)\s*=\s*([0-9]*\.?[0-9]+)\s*$/.exec(item)
    if (!m) throw new SpanwrightError('invalid_argument', `--split: "${item}" is not NAME=RATIO (e.g. train=0.8)`)
    return { name: m[1] as string, ratio: Number(m[2]) }
  })
  checkSplitParts(parts)
  return parts
}

export function checkSplitParts(parts: readonly SplitPart[]): void {
  const names = new Set<string>()
  for (const p of parts) {
    if (!PART_NAME.test(p.name)) throw new SpanwrightError('invalid_argument', `split part "${p.name}": a name is letters, digits, "_" or "-"`)
    if (names.has(p.name)) throw new SpanwrightError('invalid_argument', `split part "${p.name}" is named twice`)
    if (!(p.ratio > 0 && p.ratio <= 1)) throw new SpanwrightError('invalid_argument', `split part "${p.name}": the ratio must be above 0 and at most 1`)
    names.add(p.name)
  }
  const total = parts.reduce((sum, p) => sum + p.ratio, 0)
  if (parts.length === 0 || Math.abs(total - 1) > 1e-6) {
    throw new SpanwrightError('invalid_argument', `split ratios must add up to 1 (they add up to ${Number(total.toFixed(6))})`)
  }
}

/** The part a document belongs to. */
export function splitPartOf(docId: string, split: SplitSpec): string {
  // 52 bits of SHA-256 give a uniform number in [0, 1).
  const u = parseInt(sha256Hex(`${split.seed}\u0000${docId}`).slice(0, 13), 16) / 2 ** 52
  let cumulative = 0
  for (const part of split.parts) {
    cumulative += part.ratio
    if (u < cumulative) return part.name
  }
  return (split.parts[split.parts.length - 1] as SplitPart).name
}
