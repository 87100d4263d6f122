/**
 * Which chunks of a long document hold their paragraphs: those within a screen
 * of the viewport. The chunks above and below them are one empty box each, as
 * tall as those chunks were when last drawn (or an estimate, calibrated by what
 * was measured), so a 1 MB document is a few screens of elements, not hundreds
 * of boxes. Chromium's scroll anchoring keeps the view still when an estimate
 * above it turns into real text.
 */
import { chunkAt, estimateHeight, type Chunk } from './chunks'

export class VirtualWindow {
  first = $state(0)
  last = $state(0)
  /** Heights of the boxes that stand for the chunks before `first` and after `last`, px. */
  above = $state(0)
  below = $state(0)
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
    while (last < chunks.length - 1 && (px += this.height(last)) < want) last++
    this.#show(0, last)
  }

  /** The chunks that hold their paragraphs, in order. */
  get drawn(): readonly Chunk[] {
    return this.#chunks.slice(this.first, this.last + 1)
  }

  rendered(index: number): boolean {
    return index >= this.first && index <= this.last
  }

  /** Makes sure the chunk holding UTF-16 offset `utf16` is drawn; true when that changes the window. */
  include(utf16: number): boolean {
    const k = chunkAt(this.#chunks, utf16)
    if (this.rendered(k)) return false
    this.#show(Math.max(0, k - 1), Math.min(this.#chunks.length - 1, k + 1))
    return true
  }

  /**
   * After a scroll or resize: measures the drawn chunks (`boxes`, each with its
   * index in data-chunk), then draws those within a screen of the scroller's
   * viewport. Positions come from the heights, not from boxes: only the drawn exist.
   */
  update(scroller: Element, article: Element, boxes: ArrayLike<HTMLElement>): void {
    this.#measure(boxes)
    const view = scroller.getBoundingClientRect()
    const origin = article.getBoundingClientRect().top
    VirtualWindow.#learned.viewport = view.height
    const margin = Math.max(600, view.height)
    const top = view.top - margin - origin
    const bottom = view.bottom + margin - origin
    // Where each chunk sits, counted out from the drawn ones: the box above them is as
    // tall as when it was drawn, though the estimates may have been recalibrated since.
    const n = this.#chunks.length
    const tops = new Float64Array(n + 1)
    tops[this.first] = this.above
    for (let i = this.first; i < n; i++) tops[i + 1] = (tops[i] as number) + this.height(i)
    for (let i = this.first - 1; i >= 0; i--) tops[i] = (tops[i + 1] as number) - this.height(i)
    let first = 0
    while (first < n - 1 && (tops[first + 1] as number) < top) first++
    let last = first
    while (last < n - 1 && (tops[last + 1] as number) < bottom) last++
    // The chunks that stay drawn keep their place (the viewport is on them); only the
    // sum of estimates above a new first chunk would move them, so it is not used.
    this.#show(first, last, first === 0 ? 0 : Math.max(0, tops[first] as number))
  }

  /** The height a chunk takes: as last drawn, else estimated. */
  height(index: number): number {
    const chunk = this.#chunks[index]
    return this.#heights[index] ?? (chunk ? estimateHeight(chunk, this.#pxPerChar, this.#pxPerLine) : 0)
  }

  /** Draws chunks first..last, the box above them `above` px tall (default: the heights before `first`). */
  #show(first: number, last: number, above?: number): void {
    let sum = 0
    let below = 0
    if (above === undefined) for (let i = 0; i < first; i++) sum += this.height(i)
    above ??= sum
    for (let i = last + 1; i < this.#chunks.length; i++) below += this.height(i)
    if (first !== this.first) this.first = first
    if (last !== this.last) this.last = last
    if (above !== this.above) this.above = above
    if (below !== this.below) this.below = below
  }

  #measure(boxes: ArrayLike<HTMLElement>): void {
    let chars = 0
    let lines = 0
    let px = 0
    for (let k = 0; k < boxes.length; k++) {
      const box = boxes[k]
      const i = Number(box?.dataset.chunk)
      const chunk = this.#chunks[i]
      if (!box || !chunk) continue
      const h = box.offsetHeight
      this.#heights[i] = h
      chars += chunk.end - chunk.start
      lines += chunk.lineCount
      px += h
    }
    // Calibrate the estimate: keep the per-line part, fit the per-character part.
    if (chars > 0) VirtualWindow.#learned.pxPerChar = this.#pxPerChar = Math.max(0.05, (px - lines * this.#pxPerLine) / chars)
  }
}
