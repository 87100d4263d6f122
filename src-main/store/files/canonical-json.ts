/**
 * How Spanwright's own files look on disk: one top-level key per line, arrays of
 * objects one element per line, everything else compact. Readable, and `git diff`
 * of an edit shows the span that changed and nothing else. Arrays of arrays
 * (token offsets) stay on one line.
 */
export function formatCanonicalJson(value: Record<string, unknown>): string {
  const lines = Object.entries(value).map(([key, v]) => `  ${JSON.stringify(key)}: ${formatValue(v)}`)
  return `{\n${lines.join(',\n')}\n}\n`
}

/** A non-empty array of objects: written one element per line. */
export const isObjectArray = (value: unknown): value is object[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))

function formatValue(value: unknown): string {
  if (isObjectArray(value)) {
    return `[\n${value.map((v) => `    ${JSON.stringify(v)}`).join(',\n')}\n  ]`
  }
  return JSON.stringify(value)
}
