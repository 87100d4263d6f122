/** Runs `work` once the next frame is painted and the window is idle (at most a second later): never before the text shows. */
export function afterPaint(work: () => void): void {
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 })
    else setTimeout(work, 0)
  })
}
