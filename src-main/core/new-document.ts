/** A new document file from imported text: its id, title, hash and tokens, with no spans yet. */
import { sha256Hex } from './hash'
import type { DocumentFile } from './model/document'
import { documentId, documentTitle, type ImportedText } from './text'
import { tokenize } from './tokens'

export function newDocument(imported: ImportedText, source: string, now: string): DocumentFile {
  return {
    schema: 1,
    id: documentId(imported.text),
    title: documentTitle(imported.text, source),
    source,
    text: imported.text,
    text_sha256: sha256Hex(imported.text),
    import: { normalized: imported.normalized, original_sha256: imported.originalSha256, imported_at: now },
    tokens: tokenize(imported.text),
    spans: [],
  }
}
