/**
 * Each label's underline: a distinct style and its own depth below the text, so
 * nested and overlapping spans all stay visible and colour is not the only cue.
 * Used by the ::highlight() rules and by the label legend in the toolbar.
 */
export interface Decoration {
  style: 'solid' | 'double' | 'wavy' | 'dotted' | 'dashed'
  thickness: string
  offset: string
}

const STYLES: readonly Omit<Decoration, 'offset'>[] = [
  { style: 'solid', thickness: '2px' },
  { style: 'double', thickness: '1px' },
  { style: 'wavy', thickness: '1.5px' },
  { style: 'dotted', thickness: '2px' },
  { style: 'dashed', thickness: '2px' },
]

/** Three depths fit between one line's descenders and the next line's diacritics at line-height 1.75. */
const OFFSETS = ['2px', '5px', '8px'] as const

export function labelDecoration(index: number): Decoration {
  const i = Math.max(0, index)
  return { ...(STYLES[i % STYLES.length] as Omit<Decoration, 'offset'>), offset: OFFSETS[i % OFFSETS.length] as string }
}
