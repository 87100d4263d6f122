/**
 * Helpers of the label schema editor: ids for new labels and attributes (from
 * their names, as the schema requires), and defaults that do not clash.
 */
import type { Label } from '../../src-main/core/model/label'

export { newLabel } from '../../src-main/core/new-label'

/** Lower-case ASCII from a name: "Sự kiện" → "su-kien"; always starts with a letter. */
export function slug(name: string, separator: '-' | '_'): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '')
    .slice(0, 48)
  return /^[a-z]/.test(ascii) ? ascii : `x${separator}${ascii || 'new'}`.replace(new RegExp(`\\${separator}$`), '')
}

/** `base`, or `base-2`, `base-3`… — the first not in `taken`. */
export function unique(base: string, taken: ReadonlySet<string>, separator: '-' | '_'): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}${separator}${n}`)) return `${base}${separator}${n}`
}

/** Gives new labels (id '') and new attributes their ids, from their names. */
export function withIds(labels: readonly Label[]): Label[] {
  const taken = new Set(labels.map((l) => l.id).filter(Boolean))
  return labels.map((label) => {
    const id = label.id || unique(slug(label.name, '-'), taken, '-')
    taken.add(id)
    const attrs = new Set((label.attributes ?? []).map((a) => a.id).filter(Boolean))
    const attributes = label.attributes?.map((a) => {
      const aid = a.id || unique(slug(a.name, '_'), attrs, '_')
      attrs.add(aid)
      return { ...a, id: aid }
    })
    return { ...label, id, ...(attributes ? { attributes } : {}) }
  })
}
