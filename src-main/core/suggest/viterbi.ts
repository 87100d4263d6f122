/**
 * Constrained Viterbi over O/B/I for one segment (no O→I, no start→I), with
 * max-marginals: mm(t, y) is the score of the best path that has tag y at t,
 * which gives each decision its margin against the best alternative.
 */
export const O = 0
export const B = 1
export const I = 2

/** Start scores at [0..3), transition prev→cur at 3 + prev*3 + cur. */
export type Transitions = Float32Array | Float64Array

export interface Lattice {
  len: number
  /** Best path. */
  tags: Uint8Array
  best: number
  /** Max-marginals, len*3. */
  mm: Float64Array
  fwd: Float64Array
  bwd: Float64Array
  em: Float64Array
  tr: Transitions
}

const allowed = (prev: number, cur: number): boolean => cur !== I || prev !== O

/** `em` holds len*3 emission scores (tag O is 0 by convention: only differences count). */
export function decode(em: Float64Array, len: number, tr: Transitions): Lattice {
  const scratch: Scratch = { fwd: new Float64Array(len * 3), back: new Uint8Array(len * 3) }
  const tags = new Uint8Array(len)
  bestPath(em, len, tr, tags, scratch)
  const fwd = scratch.fwd
  const bwd = new Float64Array(len * 3)
  for (let t = len - 2; t >= 0; t--) {
    for (let y = 0; y < 3; y++) {
      let best = -Infinity
      for (let c = 0; c < 3; c++) {
        if (!allowed(y, c)) continue
        const v = (tr[3 + y * 3 + c] as number) + (em[(t + 1) * 3 + c] as number) + (bwd[(t + 1) * 3 + c] as number)
        if (v > best) best = v
      }
      bwd[t * 3 + y] = best
    }
  }
  let best = -Infinity
  for (let c = 0; c < 3 && len > 0; c++) best = Math.max(best, fwd[(len - 1) * 3 + c] as number)
  const mm = new Float64Array(len * 3)
  for (let i = 0; i < len * 3; i++) mm[i] = (fwd[i] as number) + (bwd[i] as number)
  return { len, tags, best, mm, fwd, bwd, em, tr }
}

/** Reusable buffers for bestPath, grown as needed. */
export interface Scratch {
  fwd: Float64Array
  back: Uint8Array
}
export const newScratch = (): Scratch => ({ fwd: new Float64Array(0), back: new Uint8Array(0) })

/**
 * The best path only (no max-marginals) into `tags`, allocating nothing: the
 * training loop's decoder, unrolled over the three tags. Of equal scores the
 * lower tag wins, at every step and at the end.
 */
export function bestPath(em: Float64Array, len: number, tr: Transitions, tags: Uint8Array, scratch: Scratch): void {
  if (scratch.fwd.length < len * 3) {
    scratch.fwd = new Float64Array(len * 6)
    scratch.back = new Uint8Array(len * 6)
  }
  if (len === 0) return
  const { fwd, back } = scratch
  const oo = tr[3] as number
  const ob = tr[4] as number
  const bo = tr[6] as number
  const bb = tr[7] as number
  const bi = tr[8] as number
  const io = tr[9] as number
  const ib = tr[10] as number
  const ii = tr[11] as number
  let f0 = (em[0] as number) + (tr[0] as number)
  let f1 = (em[1] as number) + (tr[1] as number)
  let f2 = -Infinity
  fwd[0] = f0
  fwd[1] = f1
  fwd[2] = f2
  for (let t = 1; t < len; t++) {
    // Into O and B from any tag; into I only from B or I.
    let o = f0 + oo
    let ao = 0
    if (f1 + bo > o) {
      o = f1 + bo
      ao = 1
    }
    if (f2 + io > o) {
      o = f2 + io
      ao = 2
    }
    let b = f0 + ob
    let ab = 0
    if (f1 + bb > b) {
      b = f1 + bb
      ab = 1
    }
    if (f2 + ib > b) {
      b = f2 + ib
      ab = 2
    }
    let i = f1 + bi
    let ai = 1
    if (f2 + ii > i) {
      i = f2 + ii
      ai = 2
    }
    f0 = o + (em[t * 3] as number)
    f1 = b + (em[t * 3 + 1] as number)
    f2 = i + (em[t * 3 + 2] as number)
    fwd[t * 3] = f0
    fwd[t * 3 + 1] = f1
    fwd[t * 3 + 2] = f2
    back[t * 3] = ao
    back[t * 3 + 1] = ab
    back[t * 3 + 2] = ai
  }
  let y = 0
  if (f1 > f0) y = 1
  if (f2 > Math.max(f0, f1)) y = 2
  for (let t = len - 1; t >= 0; t--) {
    tags[t] = y
    y = back[t * 3 + y] as number
  }
}

/** The spans of a tag sequence as token ranges [first, last]. */
export function tagSpans(tags: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let t = 0; t < tags.length; t++) {
    if (tags[t] !== B) continue
    let last = t
    while (last + 1 < tags.length && tags[last + 1] === I) last++
    out.push([t, last])
  }
  return out
}

/**
 * How much better the best path is than the best path that does not begin the
 * span at `first` or that runs on past `last`: the weaker of the two boundary
 * decisions. Non-negative for a span on the best path.
 */
export function spanMargin(l: Lattice, first: number, last: number): number {
  const at = (t: number, y: number): number => l.mm[t * 3 + y] as number
  const start = l.best - Math.max(at(first, O), at(first, I))
  const end = last + 1 < l.len ? l.best - at(last + 1, I) : Infinity
  return Math.max(0, Math.min(start, end))
}

/**
 * The span's log-odds under the model: its margin when it is on the best path,
 * else how far the best path that has exactly this span falls behind (negative).
 */
export function spanOdds(l: Lattice, first: number, last: number): number {
  const onPath = l.tags[first] === B && l.tags.subarray(first + 1, last + 1).every((t) => t === I) && l.tags[last + 1] !== I
  if (onPath) return spanMargin(l, first, last)
  let s = l.fwd[first * 3 + B] as number
  let prev = B
  for (let t = first + 1; t <= last; t++) {
    s += (l.tr[3 + prev * 3 + I] as number) + (l.em[t * 3 + I] as number)
    prev = I
  }
  if (last + 1 < l.len) {
    let tail = -Infinity
    for (const c of [O, B]) {
      tail = Math.max(tail, (l.tr[3 + prev * 3 + c] as number) + (l.em[(last + 1) * 3 + c] as number) + (l.bwd[(last + 1) * 3 + c] as number))
    }
    s += tail
  }
  return s - l.best
}

/** The score of a given tag sequence in the lattice's segment. */
export function pathScore(l: Lattice, tags: Uint8Array): number {
  let s = 0
  for (let t = 0; t < l.len; t++) {
    const y = tags[t] as number
    s += (l.em[t * 3 + y] as number) + (t === 0 ? (l.tr[y] as number) : (l.tr[3 + (tags[t - 1] as number) * 3 + y] as number))
  }
  return s
}
