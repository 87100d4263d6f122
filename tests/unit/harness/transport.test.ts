import { describe, expect, it } from 'vitest'
import { packResult, UNPACK_SOURCE } from '../../e2e/transport'

// The page-side half, run here: it uses only DataView, TextDecoder and typed arrays.
const unpack = (0, eval)(UNPACK_SOURCE) as (buffer: ArrayBuffer) => unknown

const received = (packed: string | Buffer): unknown => {
  if (typeof packed === 'string') return JSON.parse(packed)
  // What the page's fetch hands over: the body's bytes in an ArrayBuffer of their own.
  return unpack(packed.buffer.slice(packed.byteOffset, packed.byteOffset + packed.byteLength) as ArrayBuffer)
}

describe("the e2e harness's IPC stand-in", () => {
  it('sends a result without typed arrays as JSON text', () => {
    const value = { ok: true, value: [{ id: 'a', text: 'Hà Nội 👩🏽‍💻' }] }
    const packed = packResult(value)
    expect(typeof packed).toBe('string')
    expect(received(packed)).toEqual(value)
  })

  it('carries typed arrays as their bytes, each rebuilt as the same kind of array at its place', () => {
    const value = {
      ok: true,
      value: {
        text: 'Việt Nam 𠀀 '.repeat(1000),
        spans: { start: Int32Array.from([0, 5, -1, 2 ** 31 - 1]), label: Uint16Array.from([0, 1, 2]), origin: Uint8Array.from([3]), ids: 'a b c' },
        nested: [{ at: Float64Array.from([0.5, -1e300]) }, 'x'],
      },
    }
    const packed = packResult(value)
    expect(Buffer.isBuffer(packed)).toBe(true)
    const back = received(packed) as typeof value
    expect(back).toEqual(value)
    expect(back.value.spans.start).toBeInstanceOf(Int32Array)
    expect(back.value.spans.label).toBeInstanceOf(Uint16Array)
    expect(back.value.nested[0]).toEqual({ at: Float64Array.from([0.5, -1e300]) })
    // The result itself is left as it was (the services may hold it).
    expect(value.value.spans.start).toBeInstanceOf(Int32Array)
  })

  it('carries a long string as its UTF-16 code units, astral characters included; one with a lone surrogate as JSON', () => {
    const text = 'Việt Nam 👩🏽‍💻 𠀀 Nhật Bản\n'.repeat(5000)
    const value = { ok: true, value: { text, title: 'short', spans: { start: Int32Array.from([1]) } } }
    const packed = packResult(value)
    expect(Buffer.isBuffer(packed)).toBe(true)
    // The text is not in the JSON header (its bytes follow it).
    expect((packed as Buffer).readUInt32LE(0)).toBeLessThan(1000)
    expect(received(packed)).toEqual(value)
    const broken = { text: 'a\uD800b'.repeat(30_000) }
    expect(received(packResult(broken))).toEqual(broken)
  })

  it('carries a typed array that is a window on a larger buffer, and empty ones', () => {
    const big = Int32Array.from([9, 8, 7, 6, 5])
    const value = { part: big.subarray(1, 3), none: new Uint32Array(0) }
    expect(received(packResult(value))).toEqual({ part: Int32Array.from([8, 7]), none: new Uint32Array(0) })
  })
})
