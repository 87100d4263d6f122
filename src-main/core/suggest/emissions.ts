/**
 * Emission scores of tokens [from, to) for every label at once: each token's
 * features are read once, and each read brings all labels' B and I weights
 * (side by side in the table). Column j's scores are len*3 values, O's 0.
 */
import type { DocFeatures } from './features'

export interface Emissions {
  /** Per column, at least len*3 scores. */
  cols: Float64Array[]
  /** Column j's scores (the first len*3 values count). */
  of(j: number, len: number): Float64Array
}

export const newEmissions = (): Emissions => {
  const cols: Float64Array[] = []
  return { cols, of: (j) => cols[j] as Float64Array }
}

export function emissions(f: DocFeatures, from: number, to: number, v: Float32Array, columns: number, out: Emissions): Emissions {
  const len = to - from
  const stride = 2 * columns
  for (let j = 0; j < columns; j++) {
    const have = out.cols[j]
    if (!have || have.length < len * 3) out.cols[j] = new Float64Array(Math.max(len * 3, (have?.length ?? 0) * 2))
  }
  const { offsets, ids } = f
  // Column by column over the token's features: the first column brings each row into cache for the others.
  for (let t = 0; t < len; t++) {
    const first = offsets[from + t] as number
    const end = offsets[from + t + 1] as number
    for (let j = 0; j < columns; j++) {
      let b = 0
      let i = 0
      for (let k = first; k < end; k++) {
        const at = (ids[k] as number) * stride + 2 * j
        b += v[at] as number
        i += v[at + 1] as number
      }
      const em = out.cols[j] as Float64Array
      em[t * 3] = 0
      em[t * 3 + 1] = b
      em[t * 3 + 2] = i
    }
  }
  return out
}
