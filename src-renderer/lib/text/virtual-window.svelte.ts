/**
 * Which chunks of a long document hold their paragraphs: those within a screen
 * of the viewport. The others keep the height they had when last drawn (or an
 * estimate, calibrated by what was measured). Chromium's scroll anchoring keeps
 * the view still when an estimate above it turns into real text.
 */
import { chunkAt, estimateHeight, type Chunk } from './chunks'

export class VirtualWindow {
  first = $state(0)
  last = $state(0)
  readonly #chunks: readonly Chunk[]
  readonly #heights: Array<number | null>
  // What the last window measured (text size, viewport), so the next document starts close.
  static #learned = { pxPerChar: 0.45, viewport: 900 }
  #pxPerChar = VirtualWindow.#learned.pxPerChar
  #pxPerLine = 22

  constructor(chunks: readonly Chunk[]) {
    this.#chunks = chunks
    this.#heights = chunks.map(() => null)
    // To start, the chunks that by estimate fill the viewport and the margin update() keeps
    // below it: the first frame's update then finds nothing to add, so the text is laid out
    // once before it is painted. Drawing no more than that is most of a fast first paint.
    const { viewport } = VirtualWindow.#learned
    const want = viewport + Math.max(600, viewport)
    let px = 0
    let last = 0
    while (last < chunks.length - 1 && (px += this.height(chunks[last] as Chunk)) < want) last++
    this.last = last
  }

  rendered(index: number): boolean {
    return index >= this.first && index <= this.last
  }

  /** The height to reserve for a chunk that is not drawn. */
  height(chunk: Chunk): number {
    return this.#heights[chunk.index] ?? estimateHeight(chunk, this.#pxPerChar, this.#pxPerLine)
  }

  /** Makes sure the chunk holding UTF-16 offset `utf16` is drawn; true when that changes the window. */
  include(utf16: number): boolean {
    const k = chunkAt(this.#chunks, utf16)
    if (this.rendered(k)) return false
    this.first = Math.max(0, k - 1)
    this.last = Math.min(this.#chunks.length - 1, k + 1)
    return true
  }

  /** After a scroll or resize: measures the drawn chunks, then draws those near the viewport. */
  update(scroller: Element, boxes: HTMLCollection): void {
    this.#measure(boxes)
    const view = scroller.getBoundingClientRect()
    VirtualWindow.#learned.viewport = view.height
    const margin = Math.max(600, view.height)
    const top = view.top - margin
    const bottom = view.bottom + margin
    const n = this.#chunks.length
    // First chunk whose bottom is below `top`, by binary search over the boxes' positions.
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((boxes[mid] as Element).getBoundingClientRect().bottom < top) lo = mid + 1
      else hi = mid
    }
    let last = lo
    while (last + 1 < n && (boxes[last + 1] as Element).getBoundingClientRect().top < bottom) last++
    if (lo !== this.first) this.first = lo
    if (last !== this.last) this.last = last
  }

  #measure(boxes: HTMLCollection): void {
    let chars = 0
    let lines = 0
    let px = 0
    for (let i = this.first; i <= this.last; i++) {
      const box = boxes[i] as HTMLElement | undefined
      const chunk = this.#chunks[i]
      if (!box || !chunk) continue
      this.#heights[i] = box.offsetHeight
      chars += chunk.end - chunk.start
      lines += chunk.lines.length
      px += box.offsetHeight
    }
    // Calibrate the estimate: keep the per-line part, fit the per-character part.
    if (chars > 0) VirtualWindow.#learned.pxPerChar = this.#pxPerChar = Math.max(0.05, (px - lines * this.#pxPerLine) / chars)
  }
}
