/**
 * Import normalization, document ids and titles (docs/format.md, "Text").
 */
import { sha256Hex } from './hash'
import { createOffsetMap } from './offsets'
import { headlineRange } from './page-furniture'
import { LINE_SHAPES, isByline } from './page-furniture-shapes'
import { decodeUtf8 } from './utf8'

export type Normalization = 'nfc' | 'lf' | 'bom'

export interface NormalizedText {
  text: string
  /** Which normalizations changed the input, in a fixed order. */
  normalized: Normalization[]
}

/** NFC, CRLF/CR → LF, no BOM. Records only the steps that changed something. */
export function normalizeText(input: string): NormalizedText {
  const normalized: Normalization[] = []
  let text = input
  // Every leading U+FEFF: a file saved twice with a BOM would otherwise keep one,
  // and normalizing again would change the text (and the document id).
  const noBom = text.replace(/^\uFEFF+/, '')
  if (noBom !== text) {
    text = noBom
    normalized.push('bom')
  }
  const lf = text.replace(/\r\n?/g, '\n')
  if (lf !== text) normalized.push('lf')
  const nfc = lf.normalize('NFC')
  if (nfc !== lf) normalized.push('nfc')
  return { text: nfc, normalized: sortNormalizations(normalized) }
}

const ORDER: readonly Normalization[] = ['nfc', 'lf', 'bom']
const sortNormalizations = (list: Normalization[]): Normalization[] =>
  ORDER.filter((n) => list.includes(n))

export interface ImportedText extends NormalizedText {
  /** SHA-256 of the original bytes, before any normalization. */
  originalSha256: string
}

export class TextImportError extends Error {
  constructor(
    readonly file: string,
    readonly byteOffset: number,
    reason: string,
  ) {
    super(`${file}: byte ${byteOffset}: ${reason}; nothing was imported`)
    this.name = 'TextImportError'
  }
}

/** Decodes and normalizes a file's bytes, refusing anything that is not UTF-8 text. */
export function importText(bytes: Uint8Array, file: string): ImportedText {
  const decoded = decodeUtf8(bytes)
  if (!decoded.ok) throw new TextImportError(file, decoded.byteOffset, decoded.reason)
  return { ...normalizeText(decoded.text), originalSha256: sha256Hex(bytes) }
}

/** First 16 hex digits of SHA-256 of the stored text (UTF-8). */
export function documentId(text: string): string {
  return sha256Hex(text).slice(0, 16)
}

export const DOCUMENT_ID_PATTERN = /^[0-9a-f]{16}$/

/** Code points of a title at most (an ellipsis added): a text with no line breaks is not its own title. */
export const TITLE_MAX = 200

/**
 * The headline: the first non-empty line, unless it is page furniture (a
 * timestamp, a breadcrumb, a prompt), then the first line that is not; trimmed,
 * cut after its last whole word within TITLE_MAX code points (and an ellipsis
 * added) when longer; the fallback when the text is blank.
 */
export function documentTitle(text: string, fallback: string): string {
  const first = text.split('\n').find((line) => line.trim() !== '')?.trim()
  if (first === undefined) return fallback
  // A short first line ("Việt Nam", "# Ghi chú") has a byline's shape, but no page puts its byline above the headline.
  if (!LINE_SHAPES.some((shape) => shape !== isByline && shape(first))) return shortened(first)
  const headline = headlineRange(text)
  return shortened(headline ? createOffsetMap(text).slice(headline[0], headline[1]) : first)
}

function shortened(line: string): string {
  const chars = Array.from(line.slice(0, TITLE_MAX * 2 + 2))
  if (chars.length <= TITLE_MAX) return line
  const head = chars.slice(0, TITLE_MAX).join('')
  const space = head.search(/\s\S*$/u)
  return `${(space > TITLE_MAX / 2 ? head.slice(0, space) : head).trimEnd()}…`
}
