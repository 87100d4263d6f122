/** A progress bar on stderr for long exports and imports, drawn only on a terminal. */
import type { CliContext } from './context'

export interface ProgressBar {
  update(done: number, total: number): void
  /** Erases the bar, so the lines that follow start clean. */
  clear(): void
}

const WIDTH = 30

export function progressBar(ctx: CliContext, noun: string): ProgressBar {
  const draw = ctx.progress ?? process.stderr.isTTY === true
  let shown = false
  let last = 0
  return {
    update(done, total) {
      const now = Date.now()
      // A redraw every 100 ms is smooth enough and costs nothing next to the work.
      if (!draw || total === 0 || (done < total && now - last < 100)) return
      last = now
      const filled = Math.round((done / total) * WIDTH)
      ctx.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${noun}`)
      shown = true
    },
    clear() {
      if (shown) ctx.stderr('\r\u001b[K')
      shown = false
    },
  }
}
