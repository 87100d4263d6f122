/**
 * Shared by the ::highlight() rule sets (spans, ghost spans): a label colour as
 * CSS, and a constructed stylesheet adopted by the document (the strict CSP
 * forbids inline <style>; adoptedStyleSheets is allowed by style-src 'self').
 */

/** `alpha` may be a number or a CSS value (the theme's --span-alpha: stronger on dark backgrounds). */
export function rgb(hex: string, alpha: number | string = 1): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`
}

/** A sheet adopted on first use; each call replaces its rules. */
export function adoptedSheet(): (css: string) => void {
  let sheet: CSSStyleSheet | null = null
  return (css) => {
    if (!sheet) {
      sheet = new CSSStyleSheet()
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    }
    sheet.replaceSync(css)
  }
}
