/**
 * ::highlight() rules for ghost spans: only lines over and under the text in the
 * label's colour, never a fill, so a suggestion never looks like a span. Below
 * its threshold a suggestion is dotted and faint; the current one is solid and thick.
 */
import type { Label } from '../../src-main/core/model/label'
import { CURRENT_GHOST_HIGHLIGHT, ghostHighlightName } from './ghost-layer'

function rgb(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`
}

export function ghostCss(labels: readonly Label[]): string {
  const rules = labels.flatMap((label) => [
    `::highlight(${ghostHighlightName(label.id)}) {
  text-decoration: underline overline dashed ${rgb(label.color, 0.95)};
  text-decoration-thickness: 2px;
  text-underline-offset: 4px;
}`,
    `::highlight(${ghostHighlightName(label.id, true)}) {
  text-decoration: underline overline dotted ${rgb(label.color, 0.5)};
  text-decoration-thickness: 1.5px;
  text-underline-offset: 4px;
}`,
  ])
  rules.push(`::highlight(${CURRENT_GHOST_HIGHLIGHT}) {
  text-decoration: underline overline solid var(--focus, #2f5bd3);
  text-decoration-thickness: 3px;
  text-underline-offset: 4px;
}`)
  return rules.join('\n')
}

let adopted: CSSStyleSheet | null = null

/** Replaces the ghost rules (a constructed sheet: the CSP forbids inline <style>). */
export function applyGhostStyles(labels: readonly Label[]): void {
  if (!adopted) {
    adopted = new CSSStyleSheet()
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, adopted]
  }
  adopted.replaceSync(ghostCss(labels))
}
