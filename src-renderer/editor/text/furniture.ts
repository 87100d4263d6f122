/** Which drawn lines are page furniture (core/page-furniture.ts), by their UTF-16 start as the text view keys them. */
import type { OffsetMap } from '../../../src-main/core/offsets'
import { furnitureLines } from '../../../src-main/core/page-furniture'

export function furnitureLineStarts(map: OffsetMap): Set<number> {
  const starts = new Set<number>()
  for (const [start] of furnitureLines(map.text)) {
    // The range leaves out the line's edge whitespace; the drawn line starts after the line break.
    const at = map.toUtf16(start)
    starts.add(map.text.lastIndexOf('\n', at - 1) + 1)
  }
  return starts
}
