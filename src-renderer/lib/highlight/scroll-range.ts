/** Scrolls the nearest scrolling ancestor so a Range is visible; does nothing when it already is. */
function scrollParent(node: Node): HTMLElement | null {
  for (let el = node instanceof HTMLElement ? node : node.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el)
    if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight) return el
  }
  return null
}

export function scrollRangeIntoView(range: Range): void {
  const scroller = scrollParent(range.startContainer)
  const rect = range.getBoundingClientRect()
  if (!scroller || (rect.width === 0 && rect.height === 0)) return
  const view = scroller.getBoundingClientRect()
  const margin = 48
  if (rect.top >= view.top + margin && rect.bottom <= view.bottom - margin) return
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches
  scroller.scrollBy({
    top: rect.top - view.top - (view.height - Math.min(rect.height, view.height)) / 2,
    behavior: reduce ? 'auto' : 'smooth',
  })
}
