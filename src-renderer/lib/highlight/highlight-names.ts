/** Names under which spans are registered in CSS.highlights (and styled with ::highlight()). */
export const labelHighlightName = (labelId: string): string => `sw-${labelId}`
export const SELECTED_HIGHLIGHT = 'sw-selected'
