/**
 * The long document as each side gets it. Spanwright reads its workspace; recogito gets
 * the same text as one <p> per line and the same spans as W3C annotations, whose
 * TextPositionSelector counts UTF-16 units over the page's text nodes, i.e. the text
 * without its newlines (recogito counts text nodes, not the lines between them).
 */
import { readFileSync } from 'node:fs'
import { DocumentFile } from '../../src-main/core/model'
import { createOffsetMap } from '../../src-main/core/offsets'
import { documentPath } from '../../src-main/store/workspace/layout'

/** The W3C Web Annotation shape recogito 4 reads (its W3CTextAnnotation, without DOM types). */
export interface W3CAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld'
  type: 'Annotation'
  id: string
  body: Array<{ type: 'TextualBody'; purpose: 'tagging'; value: string }>
  target: {
    source: string
    selector: [{ type: 'TextQuoteSelector'; exact: string }, { type: 'TextPositionSelector'; start: number; end: number }]
  }
}

export interface PeerDocument {
  /** The text's lines, one <p> each (empty lines stay, as empty paragraphs). */
  lines: string[]
  annotations: W3CAnnotation[]
  /** Texts of the first spans of the document that overlap no other span: both sides' open clocks wait for them. */
  firstTexts: string[]
}

export const PEER_SOURCE = 'urn:spanwright:bench:long'
const FIRST_SPANS = 3

interface SpanLike {
  id: string
  start: number
  end: number
  label: string
}

/** Turns code-point spans over `text` into recogito annotations over its lines. */
export function toPeerDocument(text: string, spans: readonly SpanLike[]): PeerDocument {
  const map = createOffsetMap(text)
  const newlines: number[] = []
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i)
  // The page's text offset of a code point offset: its UTF-16 offset less the newlines before it.
  const pageOffset = (codePoint: number): number => {
    const utf16 = map.toUtf16(codePoint)
    let lo = 0
    let hi = newlines.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((newlines[mid] as number) < utf16) lo = mid + 1
      else hi = mid
    }
    return utf16 - lo
  }
  const annotations = spans.map((s): W3CAnnotation => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: s.id,
    body: [{ type: 'TextualBody', purpose: 'tagging', value: s.label }],
    target: {
      source: PEER_SOURCE,
      selector: [
        { type: 'TextQuoteSelector', exact: map.slice(s.start, s.end).replaceAll('\n', '') },
        { type: 'TextPositionSelector', start: pageOffset(s.start), end: pageOffset(s.end) },
      ],
    },
  }))
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const firstTexts: string[] = []
  for (let i = 0; i < sorted.length && firstTexts.length < FIRST_SPANS; i++) {
    const s = sorted[i] as SpanLike
    const overlaps = (o: SpanLike | undefined): boolean => o !== undefined && o.start < s.end && s.start < o.end
    const t = map.slice(s.start, s.end)
    // Words, not a lone dash: a text common elsewhere on screen says little about this span.
    if (!overlaps(sorted[i - 1]) && !overlaps(sorted[i + 1]) && !t.includes('\n') && /\p{L}{2}/u.test(t) && !firstTexts.includes(t)) firstTexts.push(t)
  }
  return { lines: text.split('\n'), annotations, firstTexts }
}

/** Reads document `id` of a workspace; a file that is not a Spanwright document is refused, naming it and the place. */
export function readPeerDocument(workspaceDir: string, id: string): PeerDocument {
  const file = documentPath(workspaceDir, id)
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`)
  }
  const parsed = DocumentFile.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${file}: not a Spanwright document file (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`)
  }
  return toPeerDocument(parsed.data.text, parsed.data.spans)
}
