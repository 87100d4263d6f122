/**
 * Canonical JSONL imports exactly: ids, titles, sources, tokens, spans (ids,
 * notes, attributes, annotators, timestamps), status and the record's annotator
 * all survive, so export → import → export gives the same bytes. A record with
 * only text and spans gets the rest computed (complete-record.ts), its text
 * normalized once and recorded as such.
 */
import type { CanonicalRecord } from '../model/canonical-record'
import { codePointLength } from '../offsets'
import { readCanonicalJsonl } from './canonical-jsonl'
import type { Problem } from './problems'
import type { BuildContext, BuiltDocument } from './to-document'

export function canonicalDocuments(content: string, file: string, ctx: Omit<BuildContext, 'newId'>): { built: BuiltDocument[]; problems: Problem[] } {
  const { records, problems } = readCanonicalJsonl(content, file, { labels: ctx.labels ?? undefined, annotator: ctx.annotator, now: ctx.now })
  const built: BuiltDocument[] = []
  for (const { line, record, normalized, remapped, originalSha256, namedAnnotator } of records) {
    const bad = tokensProblem(record)
    if (bad) {
      problems.push({ file, line, message: bad })
      continue
    }
    built.push({
      file,
      line,
      doc: {
        schema: 1,
        id: record.id,
        title: record.title,
        source: record.source,
        text: record.text,
        text_sha256: record.text_sha256,
        import: { normalized, original_sha256: originalSha256, imported_at: ctx.now, ...(namedAnnotator ? { annotator: record.annotator } : {}) },
        tokens: record.tokens,
        spans: record.spans,
      },
      status: record.status,
      normalized,
      remapped,
      notices: [],
    })
  }
  return { built, problems: problems.sort((a, b) => a.line - b.line) }
}

/** Tokens are kept as given (they drive every token-based export): they must be ordered, apart and inside the text. */
export function tokensProblem(record: CanonicalRecord): string | null {
  const length = codePointLength(record.text)
  let previousEnd = 0
  for (const [k, [s, e]] of record.tokens.entries()) {
    if (s < previousEnd || e <= s || e > length) return `tokens: token ${k + 1} (${s}..${e}) is out of order, empty, or outside the text (0..${length})`
    previousEnd = e
  }
  return null
}
