/**
 * The perceptron's weights and running sums for `columns` labels: feature f's B
 * and I weights of column j at f * stride + 2j (+1), then 12 start and
 * transition scores per column. Single precision holds w exactly (it changes by
 * whole steps in training) and halves what decoding reads.
 */
import { FEATURE_COUNT } from './features'

export class WeightTable {
  readonly stride: number
  readonly w: Float32Array
  readonly u: Float64Array
  private readonly trans: number
  private readonly own: Float32Array[]

  constructor(readonly columns: number) {
    this.stride = 2 * columns
    this.trans = FEATURE_COUNT * this.stride
    this.w = new Float32Array(this.trans + 12 * columns)
    this.u = new Float64Array(this.w.length)
    this.own = Array.from({ length: columns }, (_, j) => this.w.subarray(this.transitionsAt(j), this.transitionsAt(j) + 12))
  }

  /** Where column j's start scores begin (transition prev→cur at + 3 + prev*3 + cur). */
  transitionsAt(j: number): number {
    return this.trans + 12 * j
  }

  /** Column j's start and transition scores in `v`, this table's weights or an average of them. */
  transitions(v: Float32Array, j: number): Float32Array {
    return v === this.w ? (this.own[j] as Float32Array) : v.subarray(this.transitionsAt(j), this.transitionsAt(j) + 12)
  }

  /** A change of weight i by d at example counter c. */
  add(i: number, d: number, c: number): void {
    this.w[i] = (this.w[i] as number) + d
    this.u[i] = (this.u[i] as number) + c * d
  }

  /** This table's index of `old`'s index i (columns keep their place). */
  moved(old: WeightTable, i: number): number {
    if (i >= old.trans) return this.trans + (i - old.trans)
    return Math.floor(i / old.stride) * this.stride + (i % old.stride)
  }

  /** A copy with room for `columns` labels. */
  widened(columns: number): WeightTable {
    const out = new WeightTable(columns)
    for (let i = 0; i < this.w.length; i++) {
      if (this.w[i] === 0 && this.u[i] === 0) continue
      const k = out.moved(this, i)
      out.w[k] = this.w[i] as number
      out.u[k] = this.u[i] as number
    }
    return out
  }
}
