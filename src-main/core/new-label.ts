/**
 * Defaults for a label added to a schema, by hand (Edit → Labels) or by an
 * import that meets labels the workspace lacks: a colour and a hotkey no other
 * label has, while there are any left.
 */
import type { Label } from './model/label'

/** Colours that stay apart for common colour-vision deficiencies (Okabe–Ito, then Tol). */
const PALETTE = ['#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#117733', '#882255', '#44aa99', '#999933', '#aa4499']

export function newLabel(existing: readonly Label[], name: string, id = ''): Label {
  const colours = new Set(existing.map((l) => l.color.toLowerCase()))
  const keys = new Set(existing.map((l) => l.hotkey))
  return {
    id,
    name,
    name_vi: '',
    color: PALETTE.find((c) => !colours.has(c)) ?? '#888888',
    hotkey: [...'456789'].find((k) => !keys.has(k)) ?? '',
    description: '',
    attributes: [],
  }
}

/** A label (named by its id) for each id in `used` the schema lacks, in order of first use. */
export function missingLabels(existing: readonly Label[], used: Iterable<string>): Label[] {
  const added: Label[] = []
  for (const id of used) {
    if (existing.some((l) => l.id === id) || added.some((l) => l.id === id)) continue
    added.push(newLabel([...existing, ...added], id, id))
  }
  return added
}
