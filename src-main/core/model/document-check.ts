/**
 * What the schema cannot see in a document file: whether it agrees with its
 * own text (docs/format.md). A file that does not is damaged: opened, edited or
 * exported it would carry wrong offsets into a dataset.
 */
import { createOffsetMap } from '../offsets'
import type { DocumentFile } from './document'

/** Why the document disagrees with its text, or null. `sha256Hex` is passed in: the store hashes natively. */
export function documentProblem(doc: DocumentFile, sha256Hex: (text: string) => string): string | null {
  const { text } = doc
  if (text.includes('\r')) return 'the text has a carriage return (stored text ends lines with LF only)'
  if (text.startsWith('\uFEFF')) return 'the text starts with a byte order mark'
  if (text.normalize('NFC') !== text) return 'the text is not in NFC'
  const hash = sha256Hex(text)
  if (doc.text_sha256 !== hash) return 'text_sha256 is not the SHA-256 of the text'
  if (doc.id !== hash.slice(0, 16)) return `the id ${doc.id} is not the first 16 hex digits of the text's SHA-256`
  const map = createOffsetMap(text)
  const ids = new Set<string>()
  for (const s of doc.spans) {
    if (s.start >= s.end) return `span ${s.id} ${s.start}..${s.end} is empty or reversed`
    if (s.end > map.length) return `span ${s.id} ${s.start}..${s.end} falls outside the text (0..${map.length})`
    if (map.slice(s.start, s.end) !== s.text) return `span ${s.id} ${s.start}..${s.end}: its text ${JSON.stringify(s.text)} is not the text at its offsets`
    if (ids.has(s.id)) return `two spans have the id ${s.id}`
    ids.add(s.id)
  }
  const bad = doc.tokens.find(([a, b]) => a >= b || b > map.length)
  if (bad) return `token ${bad[0]}..${bad[1]} is empty or falls outside the text (0..${map.length})`
  return null
}
