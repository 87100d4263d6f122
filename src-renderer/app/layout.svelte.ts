/**
 * The window's layout: below a width each side panel stops being a column and
 * becomes a drawer over the text, opened from its button in the toolbar. The
 * widths are here once; the components read `narrowList` / `narrowPanel`.
 */

/** Below this window width the document list is a drawer (the text keeps ~70ch beside the span panel). */
export const LIST_DRAWER_BELOW = 1100
/** Below this width the span panel is a drawer too (the window's minimum is 900). */
export const PANEL_DRAWER_BELOW = 1000

function widthBelow(px: number, set: (below: boolean) => void): void {
  const query = window.matchMedia(`(max-width: ${px - 0.02}px)`)
  set(query.matches)
  query.addEventListener('change', (e) => set(e.matches))
}

export class LayoutState {
  /** The document list is a drawer (the window is narrow). */
  narrowList = $state(false)
  /** The span panel is a drawer. */
  narrowPanel = $state(false)
  /** The drawers' own state; a docked column is always shown. */
  listOpen = $state(false)
  panelOpen = $state(false)

  constructor() {
    widthBelow(LIST_DRAWER_BELOW, (below) => {
      this.narrowList = below
      this.listOpen = false
    })
    widthBelow(PANEL_DRAWER_BELOW, (below) => {
      this.narrowPanel = below
      this.panelOpen = false
    })
  }

  /** The list can be seen: docked, or its drawer open. */
  get listShown(): boolean {
    return !this.narrowList || this.listOpen
  }
  get panelShown(): boolean {
    return !this.narrowPanel || this.panelOpen
  }
}
