/**
 * Calls `update` with the text's scrolling ancestor in the next frame, and again
 * (once per frame at most) after it scrolls or the window resizes. The ancestor is
 * looked up in that first frame, not before: asking for styles earlier would
 * compute them twice before the document's first paint. Returns the cleanup.
 */
import { scrollParent } from '../highlight/scroll-range'

export function trackViewport(article: HTMLElement, update: (scroller: HTMLElement) => void): () => void {
  let scroller: HTMLElement | null = null
  let frame = 0
  const run = (): void => {
    frame = 0
    scroller ??= scrollParent(article)
    if (scroller) update(scroller)
  }
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(run)
  }
  // Scroll events do not bubble, but they reach the document in the capture phase.
  const onscroll = (event: Event): void => {
    if (scroller === null || event.target === scroller) schedule()
  }
  document.addEventListener('scroll', onscroll, { capture: true, passive: true })
  window.addEventListener('resize', schedule)
  schedule()
  return () => {
    cancelAnimationFrame(frame)
    document.removeEventListener('scroll', onscroll, { capture: true })
    window.removeEventListener('resize', schedule)
  }
}
