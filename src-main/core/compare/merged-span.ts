import { canonicalSpan, type Span } from '../model/span'

/** The attribute of a merged span that names the annotators who had it. */
export const ANNOTATORS_ATTRIBUTE = 'annotators'

/** A span of a gold version: origin "merged", and the annotators who had it among its attributes. */
export function mergedSpan(span: Span, annotators: readonly string[]): Span {
  const names = [...new Set(annotators)]
  return canonicalSpan({ ...span, origin: 'merged', attributes: { ...span.attributes, [ANNOTATORS_ATTRIBUTE]: names } })
}

/**
 * Gives every span an id no earlier span uses: two annotators who started from
 * one export share span ids. Renaming is deterministic (`id-2`, `id-3`, …), so
 * the same inputs always give the same file.
 */
export function withUniqueIds(spans: readonly Span[], taken: Set<string> = new Set()): Span[] {
  return spans.map((s) => {
    let id = s.id
    for (let n = 2; taken.has(id); n++) id = `${s.id.slice(0, 56)}-${n}`
    taken.add(id)
    return id === s.id ? s : { ...s, id }
  })
}
