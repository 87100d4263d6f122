/**
 * The marks' colours (light and dark), their ::highlight() rules and the legend
 * samples drawn with the same rules. Adopted as a constructed stylesheet: the
 * CSP forbids inline <style>.
 */
import { CURRENT_HIGHLIGHT, MARK_LINES, markHighlightName, REVIEW_MARKS, type ReviewMark } from './review-marks'

const LIGHT: Record<ReviewMark, string> = {
  match: '#1f8a4c',
  relabel: '#8b3fd9',
  boundary: '#0b7f8c',
  only_a: '#2f5bd3',
  only_b: '#c2410c',
  decided: '#8a94a6',
}
const DARK: Record<ReviewMark, string> = {
  match: '#5ccf8a',
  relabel: '#c39bff',
  boundary: '#4fd1dc',
  only_a: '#8aa8ff',
  only_b: '#ff9d6b',
  decided: '#7d8796',
}

const colours = (set: Record<ReviewMark, string>): string => REVIEW_MARKS.map((m) => `  --rv-${m}: ${set[m]};`).join('\n')

function markRule(selector: string, mark: ReviewMark): string {
  const line = MARK_LINES[mark]
  const tint = mark === 'match' || mark === 'decided' ? 'var(--rv-tint-soft)' : 'var(--rv-tint)'
  return `${selector} {
  background-color: color-mix(in srgb, var(--rv-${mark}) ${tint}, transparent);
  text-decoration: underline ${line.style} var(--rv-${mark});
  text-decoration-thickness: ${line.thickness};
  text-underline-offset: 3px;
}`
}

export function reviewCss(): string {
  return [
    `:root {\n${colours(LIGHT)}\n  --rv-tint: 16%;\n  --rv-tint-soft: 9%;\n}`,
    `:root[data-theme='dark'] {\n${colours(DARK)}\n  --rv-tint: 24%;\n  --rv-tint-soft: 12%;\n}`,
    ...REVIEW_MARKS.map((m) => markRule(`::highlight(${markHighlightName(m)})`, m)),
    ...REVIEW_MARKS.map((m) => markRule(`.rv-sample[data-mark='${m}']`, m)),
    `::highlight(${CURRENT_HIGHLIGHT}), .rv-sample[data-mark='current'] {
  background-color: var(--selected-span-bg, #2b3a67);
  color: var(--selected-span-fg, #ffffff);
}`,
  ].join('\n')
}

let adopted: CSSStyleSheet | null = null

export function applyReviewStyles(): void {
  if (adopted) return
  adopted = new CSSStyleSheet()
  adopted.replaceSync(reviewCss())
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, adopted]
}
