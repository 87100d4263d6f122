/**
 * ::highlight() rules for ghost spans: only lines over and under the text in the
 * label's colour, never a fill, so a suggestion never looks like a span. Below
 * its threshold a suggestion is dotted and faint; the current one is solid and thick.
 */
import type { Label } from '../../src-main/core/model/label'
import { adoptedSheet, rgb } from '../editor/highlight/style-sheet'
import { CURRENT_GHOST_HIGHLIGHT, ghostHighlightName } from './ghost-layer'

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

const sheet = adoptedSheet()

/** Replaces the ghost rules (a constructed sheet: the CSP forbids inline <style>). */
export const applyGhostStyles = (labels: readonly Label[]): void => sheet(ghostCss(labels))
