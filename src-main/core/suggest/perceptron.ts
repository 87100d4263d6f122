/**
 * Every label's averaged structured perceptron over O/B/I in one weight table:
 * per hashed feature, the B and I weights of each label side by side, so a
 * token's features are read once and score every label; then each label's start
 * and transition scores. O's weights are fixed at 0 (only differences between
 * tags count). Averaging is the usual lazy trick: `u` sums each change times the
 * example counter, and the average is w - u/c. Labels are columns, appended as
 * they appear, so a label's weights never depend on another's.
 */
import type { DocFeatures } from './features'
import { FEATURE_COUNT } from './features'
import { B, bestPath, decode, I, newScratch, O, type Lattice } from './viterbi'
import { emissions, newEmissions, type Emissions } from './emissions'
import { WeightTable } from './weight-table'

export interface PerceptronJSON {
  c: number
  /** The table's columns, in order. */
  labels: string[]
  /** Sparse: index, weight, running sum. */
  idx: number[]
  w: number[]
  u: number[]
  /** Incremental corrections since the last full training: index, change. */
  online: Array<[number, number]>
}

/** Buffers the training loop reuses, so examples allocate nothing. */
export interface TrainScratch {
  em: Emissions
  tags: Uint8Array
  viterbi: ReturnType<typeof newScratch>
}
export const newTrainScratch = (): TrainScratch => ({ em: newEmissions(), tags: new Uint8Array(0), viterbi: newScratch() })

export class Perceptron {
  private t: WeightTable
  private c = 1
  private avg: Float32Array | null = null
  /**
   * Changes after accept, reject or edit, added to the average as they are: with
   * lazy averaging a late change would count for almost nothing until many more
   * examples had passed. A full retrain starts without them.
   */
  private online = new Map<number, number>()
  private cols: string[]

  constructor(labels: readonly string[] = []) {
    this.cols = [...labels]
    this.t = new WeightTable(this.cols.length)
  }

  get labels(): readonly string[] {
    return this.cols
  }

  /** The label's column, added (all weights 0) when new. */
  column(label: string): number {
    const j = this.cols.indexOf(label)
    if (j >= 0) return j
    const old = this.t
    this.t = old.widened(this.cols.length + 1)
    this.online = new Map([...this.online].map(([i, d]) => [this.t.moved(old, i), d]))
    this.avg = null
    this.cols.push(label)
    return this.cols.length - 1
  }

  /** Decodes tokens [from, to) for every label with the averaged weights (and online corrections), by column. */
  decodeAll(f: DocFeatures, from: number, to: number): Lattice[] {
    return this.decodeColumns(f, from, to, this.cols.map((_, j) => j))
  }

  /** Decodes tokens [from, to) for one label. */
  decode(label: string, f: DocFeatures, from: number, to: number): Lattice {
    return this.decodeColumns(f, from, to, [this.column(label)])[0] as Lattice
  }

  private decodeColumns(f: DocFeatures, from: number, to: number, columns: readonly number[]): Lattice[] {
    const v = this.averaged()
    const em = emissions(f, from, to, v, this.cols.length, newEmissions())
    return columns.map((j) => decode(em.of(j, to - from), to - from, this.t.transitions(v, j)))
  }

  /** One training example for every label: decode with the current weights, move toward `gold` (by column) where wrong, count it. */
  learn(f: DocFeatures, from: number, to: number, gold: readonly Uint8Array[], s: TrainScratch): void {
    const len = to - from
    if (s.tags.length < len) s.tags = new Uint8Array(len * 2)
    const { w } = this.t
    emissions(f, from, to, w, this.cols.length, s.em)
    const pred = s.tags.subarray(0, len)
    for (let j = 0; j < this.cols.length; j++) {
      bestPath(s.em.of(j, len), len, this.t.transitions(w, j), pred, s.viterbi)
      this.update(j, f, from, gold[j] as Uint8Array, pred)
    }
    this.tick()
  }

  /** Moves column j's weights from the `wrong` tags toward the `right` ones over tokens [from, from+len). */
  private update(j: number, f: DocFeatures, from: number, right: Uint8Array, wrong: Uint8Array): void {
    if (this.diff(j, f, from, right, wrong, 1, (i, d) => this.t.add(i, d, this.c))) this.avg = null
  }

  /** Calls `add` for every weight of column j that differs between the two taggings; false when they agree. */
  private diff(
    j: number,
    f: DocFeatures,
    from: number,
    right: Uint8Array,
    wrong: Uint8Array,
    step: number,
    add: (i: number, d: number) => void,
  ): boolean {
    const { stride } = this.t
    const trans = this.t.transitionsAt(j)
    let changed = false
    for (let t = 0; t < right.length; t++) {
      const r = right[t] as number
      const g = wrong[t] as number
      const rp = t === 0 ? -1 : (right[t - 1] as number)
      const gp = t === 0 ? -1 : (wrong[t - 1] as number)
      if (r === g && rp === gp) continue
      changed = true
      if (r !== g) {
        for (let k = f.offsets[from + t] as number, end = f.offsets[from + t + 1] as number; k < end; k++) {
          const base = (f.ids[k] as number) * stride + 2 * j - 1
          if (r !== O) add(base + r, step)
          if (g !== O) add(base + g, -step)
        }
      }
      add(trans + (rp < 0 ? r : 3 + rp * 3 + r), step)
      add(trans + (gp < 0 ? g : 3 + gp * 3 + g), -step)
    }
    return changed
  }

  /** An incremental correction of one label: moves its decoding weights at once. */
  correct(label: string, f: DocFeatures, from: number, right: Uint8Array, wrong: Uint8Array, step = 1): void {
    const j = this.column(label)
    const avg = this.averaged()
    this.diff(j, f, from, right, wrong, step, (i, d) => {
      this.online.set(i, (this.online.get(i) ?? 0) + d)
      avg[i] = this.averageAt(i)
    })
  }

  /** Counts one example seen, for averaging. */
  private tick(): void {
    this.c++
    this.avg = null
  }

  /** One averaged weight with its online correction, computed one way only so a reloaded model decodes identically. */
  private averageAt(i: number): number {
    return (this.t.w[i] as number) - (this.t.u[i] as number) / this.c + (this.online.get(i) ?? 0)
  }

  private averaged(): Float32Array {
    if (this.avg) return this.avg
    const { w, u } = this.t
    const a = new Float32Array(w.length)
    const c = this.c
    for (let i = 0; i < w.length; i++) {
      const x = w[i] as number
      if (x !== 0 || u[i] !== 0) a[i] = x - (u[i] as number) / c
    }
    for (const i of this.online.keys()) a[i] = this.averageAt(i)
    this.avg = a
    return a
  }

  toJSON(): PerceptronJSON {
    const online = [...this.online].filter(([, d]) => d !== 0).sort((x, y) => x[0] - y[0])
    const out: PerceptronJSON = { c: this.c, labels: [...this.cols], idx: [], w: [], u: [], online }
    const { w, u } = this.t
    for (let i = 0; i < w.length; i++) {
      if (w[i] === 0 && u[i] === 0) continue
      out.idx.push(i)
      out.w.push(w[i] as number)
      out.u.push(u[i] as number)
    }
    return out
  }

  static fromJSON(json: PerceptronJSON): Perceptron {
    const p = new Perceptron(json.labels)
    p.c = json.c
    json.idx.forEach((i, k) => {
      p.t.w[i] = json.w[k] as number
      p.t.u[i] = json.u[k] as number
    })
    for (const [i, d] of json.online) p.online.set(i, d)
    return p
  }
}

export { B, FEATURE_COUNT, I, O }
