/**
 * Normalization (docs/format.md: NFC, LF, no BOM) with a map from offsets in the
 * original text to offsets in the normalized one, so spans that came with a
 * text can follow it. Each grapheme cluster is normalized on its own: NFC
 * composes only within a cluster, CR LF is one cluster, and a BOM is one.
 */
import { createOffsetMap, codePointLength } from '../offsets'
import { normalizeText, type NormalizedText } from '../text'
import { graphemeBoundaries } from '../tokens'

export interface MappedNormalization extends NormalizedText {
  /** The normalized offset of an original code point offset; null inside a grapheme cluster. */
  map(offset: number): number | null
}

export function normalizeWithMap(original: string): MappedNormalization {
  const result = normalizeText(original)
  if (result.normalized.length === 0) return { ...result, map: (offset) => offset }
  const map = createOffsetMap(original)
  const bounds = graphemeBoundaries(original, map)
  const moved = new Map<number, number>()
  let at = 0
  let leading = true
  let rebuilt = ''
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i] as number
    moved.set(b, at)
    const next = bounds[i + 1]
    if (next === undefined) break
    const cluster = map.slice(b, next)
    leading = leading && /^\uFEFF+$/.test(cluster)
    const out = leading ? '' : cluster.replace(/\r\n?/g, '\n').normalize('NFC')
    rebuilt += out
    at += codePointLength(out)
  }
  // Guard the cluster-by-cluster reasoning: if it ever disagrees, no span is moved blindly.
  if (rebuilt !== result.text) return { ...result, map: () => null }
  return { ...result, map: (offset) => moved.get(offset) ?? null }
}
