/** An opened document as the window receives it (spans as columns) made whole: the spans again, their texts cut from the text. */
import type { OpenedDocument, OpenedDocumentColumns } from '../../src-main/api'
import { fromSpanColumns } from '../../src-main/core/span-columns'
import { offsetMapOf } from './offset-maps'

export function openedFromColumns(sent: OpenedDocumentColumns): OpenedDocument {
  return { ...sent, spans: fromSpanColumns(sent.spans, offsetMapOf(sent.text)) }
}
