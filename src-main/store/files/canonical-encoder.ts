/**
 * formatCanonicalJson's bytes, and their SHA-256, for a file written again and
 * again with small changes (a document edited span by span). A top-level value
 * that is the same (by identity) as last time is not encoded again; in an array
 * of objects (the spans) the elements that are the same at its start and at its
 * end are copied from the last write as two runs; the hash resumes from the
 * state it had after the last unchanged stretch. An edit of a 1 MB document with
 * 10,000 spans encodes the spans it changed, copies the rest and hashes from the
 * edit on.
 *
 * Identity stands for content only while nobody changes a value in place, so
 * every value kept here is deep-frozen: changing a kept span throws instead of
 * leaving its old bytes to be written.
 */
import { createHash, type Hash } from 'node:crypto'
import { formatCanonicalJson, isObjectArray } from './canonical-json'

export interface Encoded {
  bytes: Buffer
  /** SHA-256 of `bytes`, hex. */
  hash: string
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** The encoding of a file written once (no cache kept). */
export function encodeCanonicalJson(value: Record<string, unknown>): Encoded {
  const bytes = Buffer.from(formatCanonicalJson(value))
  return { bytes, hash: sha256Hex(bytes) }
}

const SEPARATOR_BYTES = Buffer.from(',\n    ')
/** From this size on, the output goes into two buffers used in turn: a fresh one of megabytes costs more in page faults than the copy. */
const REUSE_BYTES = 256 * 1024
/** A hash state is kept after every this many elements of a list. */
const CHECKPOINT_EVERY = 256

/** A top-level value and its line's bytes (a view into the last output). */
interface Field {
  value: unknown
  bytes: Buffer
}

/** An array of objects as last written: its elements, their lines joined by `,\n    `, where each line ends. */
interface List {
  elements: readonly object[]
  bytes: Buffer
  ends: number[]
}

/** The hash state after the first `count` elements of the first list (and everything before it). */
interface Checkpoint {
  count: number
  state: Hash
}

export class CanonicalEncoder {
  private fields = new Map<string, Field>()
  private lists = new Map<string, List>()
  /** The keys up to the first list, as last written; the checkpoints hold while they and their values are the same. */
  private headKeys = ''
  private checkpoints: Checkpoint[] = []
  private readonly buffers: [Buffer | null, Buffer | null] = [null, null]
  private turn = 0

  /** The same bytes as `formatCanonicalJson(value)` encoded as UTF-8, and their SHA-256. */
  encode(value: Record<string, unknown>): Encoded {
    const parts: Buffer[] = []
    let at = 0
    const push = (bytes: Buffer): number => {
      parts.push(bytes)
      at += bytes.length
      return at - bytes.length
    }
    const fields: Array<{ key: string; value: unknown; start: number; end: number }> = []
    const lists: Array<{ key: string; elements: readonly object[]; start: number; end: number; ends: number[] }> = []
    // The first list: where it starts, how many of its first elements are as last time, and whether all before it is.
    let first: { start: number; unchanged: number; headSame: boolean } | null = null
    let headSame = true
    let headKeys = ''
    push(Buffer.from('{\n'))
    for (const [i, [key, v]] of Object.entries(value).entries()) {
      if (i > 0) push(Buffer.from(',\n'))
      if (first === null) headKeys += `${JSON.stringify(key)}\n`
      if (isObjectArray(v)) {
        push(Buffer.from(`  ${JSON.stringify(key)}: [\n    `))
        const start = at
        const { ends, unchanged } = this.list(key, v, push)
        lists.push({ key, elements: v, start, end: at, ends })
        first ??= { start, unchanged, headSame: headSame && headKeys === this.headKeys }
        push(Buffer.from('\n  ]'))
      } else {
        const kept = this.fields.get(key)
        const same = kept !== undefined && kept.value === v
        if (!same) headSame = false
        const start = push(same ? kept.bytes : Buffer.from(`  ${JSON.stringify(key)}: ${JSON.stringify(v)}`))
        fields.push({ key, value: same ? v : deepFreeze(v), start, end: at })
      }
    }
    push(Buffer.from('\n}\n'))
    const out = this.join(parts, at)
    // What is kept points into this output (the copies come from the last one, so the next output goes into the other buffer).
    this.fields = new Map(fields.map((f) => [f.key, { value: f.value, bytes: out.subarray(f.start, f.end) }]))
    this.lists = new Map(lists.map((l) => [l.key, { elements: l.elements, bytes: out.subarray(l.start, l.end), ends: l.ends }]))
    this.headKeys = headKeys
    const firstList = lists[0]
    if (!firstList) this.checkpoints = []
    return { bytes: out, hash: first && firstList ? this.hashFrom(out, first, firstList.ends) : sha256Hex(out) }
  }

  /** The SHA-256 of `out`, resumed from the last checkpoint that still holds, keeping new checkpoints along the list. */
  private hashFrom(out: Buffer, list: { start: number; unchanged: number; headSame: boolean }, ends: readonly number[]): string {
    const valid = list.headSame ? this.checkpoints.filter((c) => c.count <= list.unchanged) : []
    let from = valid.at(-1)
    if (!from) {
      from = { count: 0, state: createHash('sha256').update(out.subarray(0, list.start)) }
      valid.push(from)
    }
    const state = from.state.copy()
    let at = list.start + (from.count === 0 ? 0 : (ends[from.count - 1] as number))
    for (let count = from.count + CHECKPOINT_EVERY; count <= ends.length; count += CHECKPOINT_EVERY) {
      const end = list.start + (ends[count - 1] as number)
      state.update(out.subarray(at, end))
      at = end
      valid.push({ count, state: state.copy() })
    }
    this.checkpoints = valid
    return state.update(out.subarray(at)).digest('hex')
  }

  /** `parts` in one buffer: for a large file, the one of the two not holding the last output. */
  private join(parts: readonly Buffer[], length: number): Buffer {
    if (length < REUSE_BYTES) return Buffer.concat(parts, length)
    this.turn ^= 1
    let target = this.buffers[this.turn]
    if (!target || target.length < length) {
      target = Buffer.allocUnsafeSlow(Math.ceil(length * 1.25))
      this.buffers[this.turn] = target
    }
    let at = 0
    for (const part of parts) at += part.copy(target, at)
    return target.subarray(0, length)
  }

  /** Pushes the lines of `elements` joined by `,\n    `; returns where each line ends (from the list's start) and how many lead as last time. */
  private list(key: string, elements: readonly object[], push: (bytes: Buffer) => number): { ends: number[]; unchanged: number } {
    const last = this.lists.get(key)
    const before = last?.elements ?? []
    // The runs kept from last time: equal elements at the start (head) and at the end (tail).
    let head = 0
    while (head < elements.length && head < before.length && elements[head] === before[head]) head++
    let tail = 0
    while (tail < elements.length - head && tail < before.length - head && elements[elements.length - 1 - tail] === before[before.length - 1 - tail]) tail++
    const ends: number[] = []
    let length = 0
    // Appends a piece of whole lines, `lineEnds` counted from `shift` before the piece's start.
    const add = (bytes: Buffer, lineEnds: readonly number[], shift: number): void => {
      if (length > 0) {
        push(SEPARATOR_BYTES)
        length += SEPARATOR_BYTES.length
      }
      push(bytes)
      for (const end of lineEnds) ends.push(end + shift + length)
      length += bytes.length
    }
    if (last && head > 0) {
      const headEnds = last.ends.slice(0, head)
      add(last.bytes.subarray(0, headEnds[head - 1]), headEnds, 0)
    }
    for (let i = head; i < elements.length - tail; i++) {
      const line = Buffer.from(JSON.stringify(deepFreeze(elements[i])))
      add(line, [line.length], 0)
    }
    if (last && tail > 0) {
      const first = before.length - tail
      const from = first === 0 ? 0 : (last.ends[first - 1] as number) + SEPARATOR_BYTES.length
      add(last.bytes.subarray(from), last.ends.slice(first), -from)
    }
    return { ends, unchanged: head }
  }
}

/** Frozen all the way down (a value frozen by others may still hold something that is not). */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value
  Object.freeze(value)
  // Arrays by index: the tokens are 190,000 pairs in a 1 MB document.
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i])
  else for (const inner of Object.values(value)) deepFreeze(inner)
  return value
}
