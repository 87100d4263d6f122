/** Names under which spans are registered in CSS.highlights (and styled with ::highlight()). */
export const labelHighlightName = (labelId: string): string => `sw-${labelId}`
export const SELECTED_HIGHLIGHT = 'sw-selected'
/** Plain stretches drawn above the spans (see range-layer.ts), in this order of priority. */
export const FIND_HIGHLIGHT = 'sw-find'
export const FIND_CURRENT_HIGHLIGHT = 'sw-find-current'
export const CURSOR_HIGHLIGHT = 'sw-cursor'
export const FLASH_HIGHLIGHT = 'sw-flash'
