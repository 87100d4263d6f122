/**
 * FORMAT.md's span order: (start, end, label, id). Kept apart from the schemas so
 * the renderer can sort spans without bundling zod.
 */
export interface Ordered {
  start: number
  end: number
  label: string
  id: string
}

export function compareSpans(a: Ordered, b: Ordered): number {
  return a.start - b.start || a.end - b.end || cmp(a.label, b.label) || cmp(a.id, b.id)
}

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0)
