/**
 * ::highlight() rules for the workspace's labels. The strict CSP forbids inline
 * <style>, so the rules live in a constructed stylesheet adopted by the document.
 */
import type { Label } from '../../../src-main/core/model/label'
import { labelDecoration } from './decorations'
import { labelHighlightName, SELECTED_HIGHLIGHT } from './highlight-names'

/** `alpha` may be a number or a CSS value (the theme's --span-alpha: stronger on dark backgrounds). */
function rgb(hex: string, alpha: number | string = 1): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`
}

export function highlightCss(labels: readonly Label[]): string {
  const rules = labels.map((label, i) => {
    const d = labelDecoration(i)
    return `::highlight(${labelHighlightName(label.id)}) {
  background-color: ${rgb(label.color, 'var(--span-alpha, 0.2)')};
  text-decoration: underline ${d.style} ${rgb(label.color)};
  text-decoration-thickness: ${d.thickness};
  text-underline-offset: ${d.offset};
}`
  })
  // The selected span is inverted: unmistakable, while the label underlines below stay visible.
  rules.push(`::highlight(${SELECTED_HIGHLIGHT}) {
  background-color: #2b3a67;
  color: #ffffff;
}`)
  return rules.join('\n')
}

let adopted: CSSStyleSheet | null = null

/** Replaces the label rules (adoptedStyleSheets is allowed by style-src 'self'). */
export function applyHighlightStyles(labels: readonly Label[]): void {
  if (!adopted) {
    adopted = new CSSStyleSheet()
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, adopted]
  }
  adopted.replaceSync(highlightCss(labels))
}
