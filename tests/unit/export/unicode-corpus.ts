/**
 * The Unicode cases every format is tested on: emoji with ZWJ and skin tones,
 * astral CJK, input that arrives as NFD with CRLF line ends, nested spans, a
 * span across a line break, and two overlapping spans of one label (which
 * IOB2 cannot hold). Built through the real import and edit code.
 */
import { newDocument } from '../../../src-main/core/new-document'
import { withSpan } from '../../support/span-edits'
import { canonicalRecord, type CanonicalRecord } from '../../../src-main/core/export'
import { DEFAULT_LABELS, type DocumentFile, type DocumentStatus } from '../../../src-main/core/model'
import { createOffsetMap } from '../../../src-main/core/offsets'
import { importText } from '../../../src-main/core/text'

export const NOW = '2026-11-23T08:00:00.000Z'
export const LABELS = DEFAULT_LABELS.map((l) => l.id)

export interface SpanSpec {
  /** The span's text in the normalized document; `nth` picks among repeats. */
  find: string
  nth?: number
  label: string
}

export interface CorpusDoc {
  name: string
  /** The file as it arrives (NFD, CRLF…). */
  bytes: Uint8Array
  status: DocumentStatus
  spans: SpanSpec[]
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

export const CORPUS: readonly CorpusDoc[] = [
  {
    name: 'emoji.txt',
    bytes: utf8('Gia đình 👩‍👩‍👧 cam kết ủng hộ 👍🏽 3 triệu yên cho 🇻🇳 năm 2050.\nHai bên ký kết 05 văn kiện ❤️ hợp tác.\n'),
    status: 'done',
    spans: [
      { find: 'cam kết ủng hộ 👍🏽 3 triệu yên', label: 'commitment' },
      { find: '3 triệu yên', label: 'figure' },
      { find: '👩‍👩‍👧', label: 'agreement' },
      { find: 'năm 2050', label: 'figure' },
      { find: 'Hai bên ký kết 05 văn kiện ❤️ hợp tác', label: 'agreement' },
      // Inside the token "2050": tokens are cut at span ends, never the span.
      { find: '05', label: 'agreement' },
      { find: '05', nth: 1, label: 'figure' },
    ],
  },
  {
    name: 'cjk.txt',
    bytes: utf8('Tên 𠀋𡃁 và 𩸽 nằm trong văn bản 𠀋 của 520 nghìn người.'),
    status: 'in_progress',
    spans: [
      { find: '𠀋𡃁', label: 'agreement' },
      { find: '𩸽 nằm trong', label: 'commitment' },
      { find: '𠀋', nth: 1, label: 'figure' },
      { find: '520 nghìn người', label: 'figure' },
    ],
  },
  {
    name: 'nfd-crlf.txt',
    bytes: utf8('Vie\u0323\u0302t Nam cam ke\u0302\u0301t ho\u0302\u0303 tro\u031b\u0323 1.500 ty\u0309 đo\u0302\u0300ng\r\nNha\u0323\u0302t Ba\u0309n\r\n'),
    status: 'done',
    spans: [
      { find: 'cam kết hỗ trợ 1.500 tỷ đồng', label: 'commitment' },
      { find: '1.500 tỷ đồng', label: 'figure' },
      // Inside another figure: IOB2 cannot hold both.
      { find: '1.500', label: 'figure' },
      // Across the line break.
      { find: 'đồng\nNhật Bản', label: 'agreement' },
    ],
  },
  {
    name: 'overlap.md',
    bytes: utf8('Nhật Bản hỗ trợ 3 triệu yên và 520 nghìn người\n\nđến năm 2030.'),
    status: 'todo',
    spans: [
      { find: '3 triệu yên và 520', label: 'figure' },
      // Overlaps the one above, same label.
      { find: '520 nghìn người', label: 'figure' },
      { find: 'Nhật Bản hỗ trợ', label: 'commitment' },
    ],
  },
]

/** Code point [start, end) of the nth occurrence of `find` in `text`. */
export function locate(text: string, find: string, nth = 0): [number, number] {
  let at = -1
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(find, at + 1)
    if (at < 0) throw new Error(`"${find}" (#${nth}) is not in the text`)
  }
  const map = createOffsetMap(text)
  return [map.toCodePoint(at), map.toCodePoint(at + find.length)]
}

/** The corpus as document files, with fixed span ids and a note and attributes on a few spans. */
export function corpusDocuments(): Array<{ doc: DocumentFile; status: DocumentStatus }> {
  let n = 0
  return CORPUS.map((c) => {
    let doc = newDocument(importText(c.bytes, c.name), c.name, NOW)
    for (const s of c.spans) {
      const [start, end] = locate(doc.text, s.find, s.nth)
      doc = withSpan(doc, { id: `s${String(++n).padStart(2, '0')}`, start, end, label: s.label }, { now: NOW, annotator: 'lan', labels: DEFAULT_LABELS })
    }
    const spans = doc.spans.map((s, i) =>
      i === 0 ? { ...s, note: 'kiểm tra lại\nsố liệu', attributes: { value: 3000000, unit: 'yên', confirmed: true, parties: ['Nhật Bản', 'Việt Nam'] } } : s,
    )
    return { doc: { ...doc, spans }, status: c.status }
  })
}

export const corpusRecords = (): CanonicalRecord[] =>
  corpusDocuments().map(({ doc, status }) => canonicalRecord(doc, { annotator: 'lan', status }))
