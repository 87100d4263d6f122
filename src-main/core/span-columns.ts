/**
 * Spans ↔ columns (model/span-columns.ts), both ways, pure. Offsets stay code
 * points; a span's text is not sent but cut from the document's text through
 * its offset map, so it always matches what the offsets say.
 */
import { z } from 'zod'
import { SPAN_COLUMN_ARRAYS, SpanColumns } from './model/span-columns'
import { SPAN_ORIGINS, type Span } from './model/span'
import type { OffsetMap } from './offsets'

/**
 * The attributes of every span that has none: one shared, frozen object instead of
 * 10,000 empty ones (~270 kB of the window's heap). Edits replace a span's attributes
 * whole, never in place, so sharing it is safe; the freeze makes a write fail loudly.
 */
const NO_ATTRIBUTES: Span['attributes'] = Object.freeze({})

/**
 * A span as the window receives it: its text is not a string of its own but cut from
 * the document's text each time it is read (10,000 span texts held ~230 kB of the
 * window's heap; only the span panel's rows in view and a few commands read them).
 * `text` is an own enumerable getter, so a spread, JSON and a structured clone see it
 * as a value; the fields keep the format's key order.
 */
class ArrivedSpan implements Span {
  /**
   * One getter for the spans of every document: a getter made per document gave each its own
   * hidden class, and the spans of the second document opened kept their fields in a
   * separate store (~220 bytes more a span: 2.2 MB for 10,000).
   */
  static readonly #text: PropertyDescriptor = {
    get(this: ArrivedSpan): string {
      return this.#map.slice(this.start, this.end)
    },
    enumerable: true,
    configurable: true,
  }
  readonly #map: OffsetMap
  declare id: string
  declare start: number
  declare end: number
  declare label: string
  declare readonly text: string
  declare attributes: Span['attributes']
  declare note: string
  declare annotator: string
  declare origin: Span['origin']
  declare created_at: string
  declare updated_at: string
  constructor(map: OffsetMap, id: string, start: number, end: number, label: string, annotator: string, origin: Span['origin'], created: string, updated: string) {
    this.#map = map
    this.id = id
    this.start = start
    this.end = end
    this.label = label
    Object.defineProperty(this, 'text', ArrivedSpan.#text)
    this.attributes = NO_ATTRIBUTES
    this.note = ''
    this.annotator = annotator
    this.origin = origin
    this.created_at = created
    this.updated_at = updated
  }
}

/** Numbers each distinct string in order of first use. */
class Table {
  readonly values: string[] = []
  readonly #index = new Map<string, number>()
  at(value: string): number {
    let i = this.#index.get(value)
    if (i === undefined) {
      i = this.values.length
      this.values.push(value)
      this.#index.set(value, i)
    }
    return i
  }
}

export function toSpanColumns(spans: readonly Span[]): SpanColumns {
  const n = spans.length
  const start = new Int32Array(n)
  const end = new Int32Array(n)
  const label = new Uint16Array(n)
  const annotator = new Uint32Array(n)
  const origin = new Uint8Array(n)
  const created = new Uint32Array(n)
  const updated = new Uint32Array(n)
  const labels = new Table()
  const annotators = new Table()
  const times = new Table()
  const ids: string[] = []
  const attributes: SpanColumns['attributes'] = []
  const notes: SpanColumns['notes'] = []
  for (let i = 0; i < n; i++) {
    const s = spans[i] as Span
    start[i] = s.start
    end[i] = s.end
    label[i] = labels.at(s.label)
    annotator[i] = annotators.at(s.annotator)
    origin[i] = SPAN_ORIGINS.indexOf(s.origin)
    created[i] = times.at(s.created_at)
    updated[i] = times.at(s.updated_at)
    ids.push(s.id)
    if (hasKeys(s.attributes)) attributes.push([i, s.attributes])
    if (s.note !== '') notes.push([i, s.note])
  }
  return {
    count: n,
    start,
    end,
    label,
    labels: labels.values,
    ids: ids.join(' '),
    annotator,
    annotators: annotators.values,
    origin,
    created,
    updated,
    times: times.values,
    attributes,
    notes,
  }
}

/**
 * The spans again, their texts cut from `map`'s text. Checks the columns' shape and
 * lengths and every index and offset (a bad payload throws, saying which column and
 * span); it does not check each span against the span schema.
 */
export function fromSpanColumns(value: unknown, map: OffsetMap): Span[] {
  const parsed = SpanColumns.safeParse(value)
  if (!parsed.success) throw new Error(`the spans sent: ${z.prettifyError(parsed.error)}`)
  const c = parsed.data
  const n = c.count
  for (const name of Object.keys(SPAN_COLUMN_ARRAYS) as Array<keyof typeof SPAN_COLUMN_ARRAYS>) {
    if (c[name].length !== n) throw new Error(`the spans sent: column ${name} has ${c[name].length} values for ${n} spans`)
  }
  const ids = n === 0 ? [] : c.ids.split(' ')
  if (ids.length !== n) throw new Error(`the spans sent: ${ids.length} ids for ${n} spans`)
  const pick = (table: readonly string[], column: string, i: number, k: number): string => {
    const v = table[k]
    if (v === undefined) throw new Error(`the spans sent: span ${i} has ${column} ${k}, which the table lacks`)
    return v
  }
  const spans = new Array<Span>(n)
  for (let i = 0; i < n; i++) {
    const start = c.start[i] as number
    const end = c.end[i] as number
    if (start < 0 || start > end || end > map.length) throw new Error(`the spans sent: span ${i} has offsets ${start}–${end} outside the text (0–${map.length})`)
    spans[i] = new ArrivedSpan(
      map,
      ids[i] as string,
      start,
      end,
      pick(c.labels, 'label', i, c.label[i] as number),
      pick(c.annotators, 'annotator', i, c.annotator[i] as number),
      pick(SPAN_ORIGINS, 'origin', i, c.origin[i] as number) as Span['origin'],
      pick(c.times, 'created', i, c.created[i] as number),
      pick(c.times, 'updated', i, c.updated[i] as number),
    )
  }
  for (const [i, attributes] of c.attributes) at(spans, i, 'attributes').attributes = attributes
  for (const [i, note] of c.notes) at(spans, i, 'notes').note = note
  return spans
}

/** Whether an object has any key, without building the list of them for 10,000 mostly empty ones. */
function hasKeys(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true
  return false
}

const at = (spans: Span[], i: number, column: string): Span => {
  const span = spans[i]
  if (!span) throw new Error(`the spans sent: ${column} names span ${i} of ${spans.length}`)
  return span
}
