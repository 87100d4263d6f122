/** Scrolls the nearest scrolling ancestor so a Range is visible; does nothing when it already is. */
export function scrollParent(node: Node): HTMLElement | null {
  for (let el = node instanceof HTMLElement ? node : node.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el)
    if (overflowY === 'auto' || overflowY === 'scroll') return el
  }
  return null
}

/** `instant`: jump rather than glide (the text there was only just drawn). */
export function scrollRangeIntoView(range: Range, instant = false): void {
  const scroller = scrollParent(range.startContainer)
  const rect = range.getBoundingClientRect()
  if (!scroller || (rect.width === 0 && rect.height === 0)) return
  const view = scroller.getBoundingClientRect()
  const margin = 48
  if (rect.top >= view.top + margin && rect.bottom <= view.bottom - margin) return
  const reduce = instant || matchMedia('(prefers-reduced-motion: reduce)').matches
  scroller.scrollBy({
    top: rect.top - view.top - (view.height - Math.min(rect.height, view.height)) / 2,
    behavior: reduce ? 'auto' : 'smooth',
  })
}
