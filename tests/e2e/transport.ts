/**
 * How the harness moves an IPC result to the page, standing in for Electron's
 * structured clone: JSON for the plain values; the bytes of every typed array
 * (an opened document's span columns) as they are, and every long string as its
 * UTF-16 code units (what V8's serializer copies of a string that is not Latin-1: a
 * Vietnamese text; Chromium decodes them in half the time UTF-8 takes, ~9 ms against
 * ~18 for a 1 MB text here, and JSON.parse would only scan it again), in one binary
 * body the page fetches. Nothing is left out or precomputed: every byte a real IPC
 * would carry crosses the local HTTP connection, and the page rebuilds each typed
 * array over it and decodes each string from it.
 *
 * Body: [u32 LE: header bytes][header: UTF-8 JSON {value, views}][padding to 8][data: each view's bytes, 8-aligned];
 * a view's offset counts from the start of the data; a string's length is in code units.
 */

/** The typed arrays a result may hold (the page makes them by these names). */
const VIEW_TYPES = ['Int8Array', 'Uint8Array', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array'] as const
type ViewType = (typeof VIEW_TYPES)[number] | 'String'
/** Strings this long or longer go as their code units rather than inside the JSON (a document's text). */
const LONG_STRING = 64 * 1024

interface ViewEntry {
  /** Keys from the result's root to the typed array. */
  path: Array<string | number>
  type: ViewType
  /** Byte offset in the data, and length in elements (a string's: in code units). */
  offset: number
  length: number
}

type View = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array

function isView(value: unknown): value is View {
  return ArrayBuffer.isView(value) && !(value instanceof DataView) && (VIEW_TYPES as readonly string[]).includes(value.constructor.name)
}

/** `value` with every typed array and long string replaced by null (objects on the way to one copied, the rest shared), and where they were. */
type Found = { path: Array<string | number>; view: View; text?: undefined } | { path: Array<string | number>; text: string; view?: undefined }

function detach(value: unknown, path: Array<string | number>, found: Found[]): unknown {
  // A lone surrogate would not survive the page's decoder: such a string stays in the JSON.
  if (typeof value === 'string' && value.length >= LONG_STRING && value.isWellFormed()) {
    found.push({ path, text: value })
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

/** A result as the harness sends it: JSON text when it holds no typed array or long string, else the binary body above. */
export function packResult(value: unknown): string | Buffer {
  const found: Found[] = []
  const plain = detach(value, [], found)
  if (found.length === 0) return JSON.stringify(value)
  const align = (n: number): number => Math.ceil(n / 8) * 8
  let size = 0
  const views = found.map((f): ViewEntry => {
    const bytes = f.view ? f.view.byteLength : f.text.length * 2
    const entry = { path: f.path, type: f.view ? (f.view.constructor.name as ViewType) : 'String', offset: size, length: f.view ? f.view.length : f.text.length }
    size = align(size + bytes)
    return entry
  })
  const header = Buffer.from(JSON.stringify({ value: plain, views }), 'utf8')
  const base = align(4 + header.length)
  const body = Buffer.alloc(base + size)
  body.writeUInt32LE(header.length, 0)
  header.copy(body, 4)
  // Each written once, straight into the body.
  found.forEach((f, i) => {
    const at = base + (views[i] as ViewEntry).offset
    if (f.view) Buffer.from(f.view.buffer, f.view.byteOffset, f.view.byteLength).copy(body, at)
    else body.write(f.text, at, 'utf16le')
  })
  return body
}

/** Page-side source of `unpackResult(arrayBuffer)`: the value with its typed arrays back in place, over the fetched bytes. */
export const UNPACK_SOURCE = `(buffer) => {
  const headerLength = new DataView(buffer).getUint32(0, true)
  const { value, views } = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, headerLength)))
  const base = Math.ceil((4 + headerLength) / 8) * 8
  const utf16 = new TextDecoder('utf-16le')
  const types = { ${VIEW_TYPES.map((t) => `${t}: globalThis.${t}`).join(', ')} }
  let root = value
  for (const { path, type, offset, length } of views) {
    const view = type === 'String' ? utf16.decode(new Uint16Array(buffer, base + offset, length)) : new types[type](buffer, base + offset, length)
    if (path.length === 0) { root = view; continue }
    let at = root
    for (const key of path.slice(0, -1)) at = at[key]
    at[path[path.length - 1]] = view
  }
  return root
}`
