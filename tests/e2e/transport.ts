/**
 * How the harness moves an IPC result to the page, standing in for Electron's
 * structured clone: JSON for the plain values; the bytes of every typed array
 * (an opened document's span columns) as they are, and every long string as its
 * UTF-8 bytes (V8's serializer copies a string's own bytes, which the page here cannot
 * take; Chromium decodes UTF-8 twice as fast as UTF-16, and JSON.parse would only scan
 * it again), in one binary body the page fetches. Nothing is left out or precomputed: every byte a real
 * IPC would carry crosses the local HTTP connection, and the page rebuilds each
 * typed array over it and decodes each string from it.
 *
 * Body: [u32 LE: header bytes][header: UTF-8 JSON {value, views}][padding to 8][data: each view's bytes, 8-aligned];
 * a view's offset counts from the start of the data.
 */

/** The typed arrays a result may hold (the page makes them by these names). */
const VIEW_TYPES = ['Int8Array', 'Uint8Array', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array'] as const
type ViewType = (typeof VIEW_TYPES)[number] | 'String'
/** Strings this long or longer go as UTF-8 bytes rather than inside the JSON (a document's text). */
const LONG_STRING = 64 * 1024

interface ViewEntry {
  /** Keys from the result's root to the typed array. */
  path: Array<string | number>
  type: ViewType
  /** Byte offset in the data, and length in elements (a string's: in bytes). */
  offset: number
  length: number
}

type View = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array

function isView(value: unknown): value is View {
  return ArrayBuffer.isView(value) && !(value instanceof DataView) && (VIEW_TYPES as readonly string[]).includes(value.constructor.name)
}

/** `value` with every typed array replaced by null (objects on the way to one copied, the rest shared), and where they were. */
interface Found {
  path: Array<string | number>
  view: View
  /** The view holds a string's UTF-8 bytes. */
  text?: true
}

function detach(value: unknown, path: Array<string | number>, found: Found[]): unknown {
  // A lone surrogate would not survive UTF-8: such a string stays in the JSON.
  if (typeof value === 'string' && value.length >= LONG_STRING && value.isWellFormed()) {
    const bytes = Buffer.from(value, 'utf8')
    found.push({ path, view: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), text: true })
    return null
  }
  if (isView(value)) {
    found.push({ path, view: value })
    return null
  }
  if (ArrayBuffer.isView(value)) throw new Error(`an IPC result holds a ${value.constructor.name} at ${path.join('.')}, which this stand-in does not carry`)
  if (value === null || typeof value !== 'object') return value
  const before = found.length
  if (Array.isArray(value)) {
    const copy = value.map((v, i) => detach(v, [...path, i], found))
    return found.length > before ? copy : value
  }
  const copy: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) copy[k] = detach(v, [...path, k], found)
  return found.length > before ? copy : value
}

/** A result as the harness sends it: JSON text when it holds no typed array, else the binary body above. */
export function packResult(value: unknown): string | Buffer {
  const found: Found[] = []
  const plain = detach(value, [], found)
  if (found.length === 0) return JSON.stringify(value)
  const align = (n: number): number => Math.ceil(n / 8) * 8
  let size = 0
  const views = found.map(({ path, view, text }): ViewEntry => {
    const entry = { path, type: text ? 'String' : (view.constructor.name as ViewType), offset: size, length: view.length }
    size = align(size + view.byteLength)
    return entry
  })
  const header = Buffer.from(JSON.stringify({ value: plain, views }), 'utf8')
  const base = align(4 + header.length)
  const body = Buffer.alloc(base + size)
  body.writeUInt32LE(header.length, 0)
  header.copy(body, 4)
  found.forEach(({ view }, i) => {
    Buffer.from(view.buffer, view.byteOffset, view.byteLength).copy(body, base + (views[i] as ViewEntry).offset)
  })
  return body
}

/** Page-side source of `unpackResult(arrayBuffer)`: the value with its typed arrays back in place, over the fetched bytes. */
export const UNPACK_SOURCE = `(buffer) => {
  const headerLength = new DataView(buffer).getUint32(0, true)
  const { value, views } = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, headerLength)))
  const base = Math.ceil((4 + headerLength) / 8) * 8
  const utf8 = new TextDecoder()
  const types = { ${VIEW_TYPES.map((t) => `${t}: globalThis.${t}`).join(', ')} }
  let root = value
  for (const { path, type, offset, length } of views) {
    const view = type === 'String' ? utf8.decode(new Uint8Array(buffer, base + offset, length)) : new types[type](buffer, base + offset, length)
    if (path.length === 0) { root = view; continue }
    let at = root
    for (const key of path.slice(0, -1)) at = at[key]
    at[path[path.length - 1]] = view
  }
  return root
}`
