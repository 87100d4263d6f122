import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../../../src-main/core/hash'
import { DocumentFile } from '../../../src-main/core/model/document'
import { newDocument } from '../../../src-main/core/new-document'
import { documentId, importText } from '../../../src-main/core/text'

const T0 = '2026-11-23T08:00:00.000Z'

const docOf = (text: string) => newDocument(importText(new TextEncoder().encode(text), 'bai.txt'), 'bai.txt', T0)

describe('newDocument', () => {
  it('builds a valid document file whose id and hash come from the stored (normalized) text', () => {
    const imported = importText(new TextEncoder().encode('\uFEFF  Vie\u0323\u0302t Nam\r\nthân bài'), 'a.txt')
    const doc = newDocument(imported, 'a.txt', T0)
    expect(DocumentFile.parse(doc)).toEqual(doc)
    expect(doc.text).toBe('  Việt Nam\nthân bài')
    expect(doc.id).toBe(documentId(doc.text))
    expect(doc.text_sha256).toBe(sha256Hex(doc.text))
    expect(doc.title).toBe('Việt Nam')
    expect(doc.source).toBe('a.txt')
    expect(doc.import).toEqual({ normalized: ['nfc', 'lf', 'bom'], original_sha256: imported.originalSha256, imported_at: T0 })
    expect(doc.spans).toEqual([])
  })

  it('falls back to the source name as title for a blank text', () => {
    expect(docOf(' \n ').title).toBe('bai.txt')
  })
})
