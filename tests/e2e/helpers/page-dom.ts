/**
 * The few DOM types that code run inside the page (page.evaluate) uses. The e2e
 * tests compile with Node's libraries only (tsconfig.node.json), so the page's
 * globals are reached as `globalThis as unknown as PageDom` inside each callback.
 */
export interface PageRect {
  left: number
  right: number
  top: number
  bottom: number
  width: number
  height: number
}

export interface PageNode {
  readonly textContent: string | null
  readonly firstChild: PageNode | null
  readonly nodeType: number
  /** Text nodes only. */
  readonly data: string
}

export interface PageElement extends PageNode {
  getAttribute(name: string): string | null
  querySelector(selector: string): PageElement | null
  querySelectorAll(selector: string): Iterable<PageElement> & { length: number }
  scrollIntoView(options?: { block?: 'center' | 'nearest' | 'start'; behavior?: 'instant' }): void
  getBoundingClientRect(): PageRect
  closest(selector: string): PageElement | null
  scrollTop: number
}

export interface PageRange {
  setStart(node: PageNode, offset: number): void
  setEnd(node: PageNode, offset: number): void
  getBoundingClientRect(): PageRect
  toString(): string
}

export interface PageDom {
  document: {
    fonts: { ready: Promise<unknown> }
    querySelector(selector: string): PageElement | null
    querySelectorAll(selector: string): Iterable<PageElement> & { length: number }
    createRange(): PageRange
    getSelection(): { toString(): string; isCollapsed: boolean } | null
  }
  CSS: { highlights: { forEach(fn: (highlight: Iterable<PageRange>, name: string) => void): void } }
  localStorage: { clear(): void }
}

export const TEXT_NODE = 3
