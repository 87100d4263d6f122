/**
 * One offset map per text, shared: the document's arrival (its span texts are cut
 * through it) and the open document's state would each build one for the same
 * 1 MB text otherwise.
 */
import { createOffsetMap, type OffsetMap } from '../../src-main/core/offsets'

/** The few texts an analyst moves between; a map of a 1 MB text is a few kB unless it has many astral characters. */
const KEEP = 4
const kept: OffsetMap[] = []

export function offsetMapOf(text: string): OffsetMap {
  const i = kept.findIndex((m) => m.text === text)
  const map = i >= 0 ? (kept.splice(i, 1)[0] as OffsetMap) : createOffsetMap(text)
  kept.unshift(map)
  kept.length = Math.min(kept.length, KEEP)
  return map
}
