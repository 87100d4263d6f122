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
  // Three columns at a time in registers: a row's B and I weights of all labels are adjacent, so one read brings them all.
  for (let j0 = 0; j0 < columns; j0 += 3) {
    const m = Math.min(3, columns - j0)
    const e0 = out.cols[j0] as Float64Array
    const e1 = (out.cols[j0 + 1] ?? e0) as Float64Array
    const e2 = (out.cols[j0 + 2] ?? e0) as Float64Array
    for (let t = 0; t < len; t++) {
      let b0 = 0
      let i0 = 0
      let b1 = 0
      let i1 = 0
      let b2 = 0
      let i2 = 0
      for (let k = offsets[from + t] as number, end = offsets[from + t + 1] as number; k < end; k++) {
        const at = (ids[k] as number) * stride + 2 * j0
        b0 += v[at] as number
        i0 += v[at + 1] as number
        if (m > 1) {
          b1 += v[at + 2] as number
          i1 += v[at + 3] as number
        }
        if (m > 2) {
          b2 += v[at + 4] as number
          i2 += v[at + 5] as number
        }
      }
      e0[t * 3] = 0
      e0[t * 3 + 1] = b0
      e0[t * 3 + 2] = i0
      if (m > 1) {
        e1[t * 3] = 0
        e1[t * 3 + 1] = b1
        e1[t * 3 + 2] = i1
      }
      if (m > 2) {
        e2[t * 3] = 0
        e2[t * 3 + 1] = b2
        e2[t * 3 + 2] = i2
      }
    }
  }
  return out
}
