/**
 * ::highlight() rules for the workspace's labels. The strict CSP forbids inline
 * <style>, so the rules live in a constructed stylesheet adopted by the document.
 */
import type { Label } from '../../../src-main/core/model/label'
import { labelDecoration } from './decorations'
import { labelHighlightName, SELECTED_HIGHLIGHT } from './highlight-names'
import { adoptedSheet, rgb } from './style-sheet'

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

const sheet = adoptedSheet()

/** Replaces the label rules (adoptedStyleSheets is allowed by style-src 'self'). */
export const applyHighlightStyles = (labels: readonly Label[]): void => sheet(highlightCss(labels))
