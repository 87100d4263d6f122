/**
 * One label's averaged structured perceptron over O/B/I. Weights for B and I per
 * hashed feature (O's are fixed at 0: only differences between tags count), then
 * start and transition scores. Averaging is the usual lazy trick: `u` sums each
 * change times the example counter, and the average is w - u/c.
 */
import type { DocFeatures } from './features'
import { FEATURE_COUNT } from './features'
import { B, bestPath, decode, I, newScratch, O, type Lattice } from './viterbi'

const TRANS = 2 * FEATURE_COUNT
const SIZE = TRANS + 12

export interface PerceptronJSON {
  c: number
  /** Sparse: index, weight, running sum. */
  idx: number[]
  w: number[]
  u: number[]
  /** Incremental corrections since the last full training: index, change. */
  online: Array<[number, number]>
}

/** Buffers the training loop reuses, so examples allocate nothing. */
export interface TrainScratch {
  em: Float64Array
  tags: Uint8Array
  viterbi: ReturnType<typeof newScratch>
}
export const newTrainScratch = (): TrainScratch => ({ em: new Float64Array(0), tags: new Uint8Array(0), viterbi: newScratch() })

export class Perceptron {
  // w changes by whole steps, so single precision holds it exactly and halves what decoding reads.
  private w = new Float32Array(SIZE)
  private u = new Float64Array(SIZE)
  private c = 1
  private avg: Float32Array | null = null
  /**
   * Changes after accept, reject or edit, added to the average as they are: with
   * lazy averaging a late change would count for almost nothing until many more
   * examples had passed. A full retrain starts without them.
   */
  private online = new Map<number, number>()

  /** Decodes tokens [from, to) of a document with the averaged weights (and online corrections). */
  decode(f: DocFeatures, from: number, to: number): Lattice {
    const v = this.averaged()
    const em = this.emissions(f, from, to, v, new Float64Array((to - from) * 3))
    return decode(em, to - from, v.subarray(TRANS))
  }

  /** One training example: decode with the current weights, move toward `gold` if wrong, count it. */
  learn(f: DocFeatures, from: number, to: number, gold: Uint8Array, s: TrainScratch): void {
    const len = to - from
    if (s.em.length < len * 3) {
      s.em = new Float64Array(len * 6)
      s.tags = new Uint8Array(len * 2)
    }
    this.emissions(f, from, to, this.w, s.em)
    const pred = s.tags.subarray(0, len)
    bestPath(s.em, len, this.w.subarray(TRANS), pred, s.viterbi)
    this.update(f, from, gold, pred)
    this.tick()
  }

  private emissions(f: DocFeatures, from: number, to: number, v: Float32Array, em: Float64Array): Float64Array {
    const len = to - from
    const { offsets, ids } = f
    for (let t = 0; t < len; t++) {
      let b = 0
      let i = 0
      for (let k = offsets[from + t] as number, end = offsets[from + t + 1] as number; k < end; k++) {
        const id = (ids[k] as number) * 2
        b += v[id] as number
        i += v[id + 1] as number
      }
      em[t * 3] = 0
      em[t * 3 + B] = b
      em[t * 3 + I] = i
    }
    return em
  }

  /** Moves the weights from the `wrong` tags toward the `right` ones over tokens [from, from+len). */
  update(f: DocFeatures, from: number, right: Uint8Array, wrong: Uint8Array, step = 1): void {
    if (this.diff(f, from, right, wrong, step, (i, d) => this.add(i, d))) this.avg = null
  }

  /** Calls `add` for every weight that differs between the two taggings; false when they agree. */
  private diff(
    f: DocFeatures,
    from: number,
    right: Uint8Array,
    wrong: Uint8Array,
    step: number,
    add: (i: number, d: number) => void,
  ): boolean {
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
          const base = (f.ids[k] as number) * 2 - 1
          if (r !== O) add(base + r, step)
          if (g !== O) add(base + g, -step)
        }
      }
      add(TRANS + (rp < 0 ? r : 3 + rp * 3 + r), step)
      add(TRANS + (gp < 0 ? g : 3 + gp * 3 + g), -step)
    }
    return changed
  }

  /** An incremental correction: moves the decoding weights at once. */
  correct(f: DocFeatures, from: number, right: Uint8Array, wrong: Uint8Array, step = 1): void {
    const avg = this.averaged()
    this.diff(f, from, right, wrong, step, (i, d) => {
      this.online.set(i, (this.online.get(i) ?? 0) + d)
      avg[i] = this.averageAt(i)
    })
  }

  /** Counts one example seen, for averaging. */
  tick(): void {
    this.c++
    this.avg = null
  }

  private add(i: number, d: number): void {
    this.w[i] = (this.w[i] as number) + d
    this.u[i] = (this.u[i] as number) + this.c * d
  }

  /** One averaged weight with its online correction, computed one way only so a reloaded model decodes identically. */
  private averageAt(i: number): number {
    return (this.w[i] as number) - (this.u[i] as number) / this.c + (this.online.get(i) ?? 0)
  }

  private averaged(): Float32Array {
    if (this.avg) return this.avg
    const a = new Float32Array(SIZE)
    const c = this.c
    for (let i = 0; i < SIZE; i++) {
      const w = this.w[i] as number
      if (w !== 0 || this.u[i] !== 0) a[i] = w - (this.u[i] as number) / c
    }
    for (const i of this.online.keys()) a[i] = this.averageAt(i)
    this.avg = a
    return a
  }

  toJSON(): PerceptronJSON {
    const online = [...this.online].filter(([, d]) => d !== 0).sort((x, y) => x[0] - y[0])
    const out: PerceptronJSON = { c: this.c, idx: [], w: [], u: [], online }
    for (let i = 0; i < SIZE; i++) {
      if (this.w[i] === 0 && this.u[i] === 0) continue
      out.idx.push(i)
      out.w.push(this.w[i] as number)
      out.u.push(this.u[i] as number)
    }
    return out
  }

  static fromJSON(json: PerceptronJSON): Perceptron {
    const p = new Perceptron()
    p.c = json.c
    json.idx.forEach((i, k) => {
      p.w[i] = json.w[k] as number
      p.u[i] = json.u[k] as number
    })
    for (const [i, d] of json.online) p.online.set(i, d)
    return p
  }
}

export { B, I, O }
